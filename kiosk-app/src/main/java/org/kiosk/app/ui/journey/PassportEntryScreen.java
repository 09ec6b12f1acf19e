package org.kiosk.app.ui.journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.PassportIdentification.AccessData;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;

/**
 * The passport's machine-readable zone, which opens its chip: the photo page held under the document scanner, or its
 * document number, birth date and expiry typed one per page on the on-screen keyboard (letters and digits) and keypad
 * (dates as eight digits). "Next" checks each entry and says in words what is wrong. What is entered stays in the
 * session, so that it can be corrected after a read the chip refused.
 */
public final class PassportEntryScreen implements Screen {

    public static final String ID = "passport-entry";

    /** The pages, in order. */
    public enum Step {
        NUMBER("passport.number", DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 9),
        BIRTH_DATE("passport.birth-date", DIGITS, 8),
        EXPIRY("passport.expiry", DIGITS, 8);

        private final String answer;
        private final String keys;
        private final int maxLength;

        Step(String answer, String keys, int maxLength) {
            this.answer = answer;
            this.keys = keys;
            this.maxLength = maxLength;
        }

        /** The session answer the page's entry is kept in. */
        public String answer() {
            return answer;
        }
    }

    private static final String DIGITS = "1234567890";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final ApplicationFlow flow;
    private final Step step;
    private String errorKey;
    private PassportIdentification.Armed armed;

    public PassportEntryScreen(ApplicationFlow flow) {
        this(flow, Step.NUMBER);
    }

    PassportEntryScreen(ApplicationFlow flow, Step step) {
        this.flow = flow;
        this.step = step;
    }

    @Override
    public String id() {
        return ID;
    }

    public Step step() {
        return step;
    }

    /** Shows the message of {@code key} under the entry, as "Next" on a wrong entry does. */
    void error(String key) {
        this.errorKey = key;
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().add(c.heading(c.text("passport.title")));
        PassportIdentification passports = c.services().passports();
        if (step == Step.NUMBER && passports.scannerReady()) {
            box.getChildren().add(c.body(c.text("passport.scan")));
        }
        String shown = entry(c.session(), step).orElse("");
        Label value = Parts.personal(c, "passport-value", shown.isEmpty() ? " " : shown);
        value.getStyleClass().add("entry");
        box.getChildren().addAll(c.body(c.text("passport.step", step.ordinal() + 1, Step.values().length)),
                Parts.section(c, c.text(step.answer)), c.body(c.text(step.answer + "-hint")), value, keys(c));
        if (errorKey != null) {
            box.getChildren().add(Parts.error(c, "passport-error", c.text(errorKey)));
        }
        box.getChildren().addAll(c.primary("passport-next", c.text("form.next"), () -> next(c)),
                c.button("passport-back", c.text("passport.back"), () -> {
                    disarm();
                    c.navigator().show(step == Step.NUMBER ? new IdentifyScreen(flow.matter()) : new PassportEntryScreen(flow, previous()));
                }),
                c.button("passport-counter", c.text("identify.counter"), () -> {
                    disarm();
                    c.navigator().show(new CounterScreen(flow.matter()));
                }));
        disarm();
        if (passports.scannerReady()) {
            // a scan counts only while this screen's nodes are shown; one arriving later disarms the scanner
            armed = passports.scanZones(scan -> Platform.runLater(() -> {
                if (box.getScene() == null || flow.session().isWiped()) {
                    disarm();
                } else {
                    scanned(c, scan);
                }
            }));
        }
        return box;
    }

    private void scanned(ScreenContext c, PassportIdentification.ZoneScan scan) {
        if (scan instanceof PassportIdentification.ZoneScan.Found found) {
            disarm();
            AccessData access = found.access();
            put(c.session(), Step.NUMBER, access.documentNumber().toCharArray());
            put(c.session(), Step.BIRTH_DATE, DATE.format(access.birthDate()).toCharArray());
            put(c.session(), Step.EXPIRY, DATE.format(access.expiry()).toCharArray());
            c.navigator().show(new PassportReadScreen(flow));
        } else {
            errorKey = "passport.error.scan";
            c.navigator().show(this);
        }
    }

    private void disarm() {
        if (armed != null) {
            armed.close();
            armed = null;
        }
    }

    private Step previous() {
        return Step.values()[step.ordinal() - 1];
    }

    private Node keys(ScreenContext c) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("keyboard");
        for (char k : step.keys.toCharArray()) {
            pane.getChildren().add(c.keyboardKey("key-" + k, String.valueOf(k), () -> type(c, k)));
        }
        pane.getChildren().addAll(c.keyboardKey("key-delete", c.text("form.key-delete"), () -> {
            String current = entry(c.session(), step).orElse("");
            if (!current.isEmpty()) {
                edited(c, Arrays.copyOf(current.toCharArray(), current.length() - 1));
            }
        }), c.keyboardKey("key-clear", c.text("form.key-clear"), () -> edited(c, new char[0])));
        return pane;
    }

    private void type(ScreenContext c, char k) {
        String current = entry(c.session(), step).orElse("");
        if (current.length() < step.maxLength) {
            char[] next = Arrays.copyOf(current.toCharArray(), current.length() + 1);
            next[current.length()] = k;
            edited(c, next);
        }
    }

    /** The entry changed: the message about the entry as it was no longer applies. */
    private void edited(ScreenContext c, char[] value) {
        put(c.session(), step, value);
        errorKey = null;
        c.navigator().show(this);
    }

    private void next(ScreenContext c) {
        String value = entry(c.session(), step).orElse("");
        errorKey = switch (step) {
            case NUMBER -> value.isEmpty() ? "passport.error.number" : null;
            case BIRTH_DATE -> {
                Optional<LocalDate> birth = date(value);
                yield birth.isEmpty() ? "passport.error.date" : birth.get().isAfter(LocalDate.now()) ? "passport.error.birth-future" : null;
            }
            case EXPIRY -> date(value).isPresent() ? null : "passport.error.date";
        };
        if (errorKey != null) {
            c.navigator().show(this);
            return;
        }
        disarm();
        c.navigator().show(step == Step.EXPIRY ? new PassportReadScreen(flow) : new PassportEntryScreen(flow, Step.values()[step.ordinal() + 1]));
    }

    /** The access data entered in {@code session}, when every entry is complete and valid. */
    static Optional<AccessData> access(KioskSession session) {
        Optional<String> number = entry(session, Step.NUMBER).filter(n -> AccessData.DOCUMENT_NUMBER.matcher(n).matches());
        Optional<LocalDate> birth = entry(session, Step.BIRTH_DATE).flatMap(PassportEntryScreen::date);
        Optional<LocalDate> expiry = entry(session, Step.EXPIRY).flatMap(PassportEntryScreen::date);
        if (number.isEmpty() || birth.isEmpty() || expiry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessData(number.get(), birth.get(), expiry.get()));
    }

    private static Optional<LocalDate> date(String digits) {
        if (digits.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(digits, DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> entry(KioskSession session, Step step) {
        return session.answer(step.answer).map(PersonalValue::reveal);
    }

    private static void put(KioskSession session, Step step, char[] value) {
        session.putAnswer(step.answer, value);
        Arrays.fill(value, '\0');
    }
}
