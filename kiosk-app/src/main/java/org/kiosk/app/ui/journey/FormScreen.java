package org.kiosk.app.ui.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.kiosk.platform.model.FormField;

/**
 * The matter's form, generated from its schema, one question per page: first what the document already says
 * (read-only, never asked again), then each remaining field as choices, or typed on the on-screen keypad (digits) or
 * keyboard (Latin letters and digits). "Next" checks the answer and says in words what is wrong.
 */
public final class FormScreen implements Screen {

    public static final String ID = "form";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "1234567890";

    private final ApplicationFlow flow;
    /** -1: the prefilled page; otherwise the index into the asked fields. */
    private final int page;
    private String errorKey;
    private Object[] errorArgs;

    private FormScreen(ApplicationFlow flow, int page) {
        this.flow = flow;
        this.page = page;
    }

    /** Page {@code index} of the fields the citizen is asked. */
    public static FormScreen page(ApplicationFlow flow, int index) {
        return new FormScreen(flow, index);
    }

    /** The form's first page. */
    public static Screen first(ApplicationFlow flow) {
        if (!flow.prefilledFields().isEmpty()) {
            return new FormScreen(flow, -1);
        }
        return flow.askedFields().isEmpty() ? new ReviewScreen(flow) : new FormScreen(flow, 0);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The field this page asks, empty on the prefilled page. */
    public Optional<FormField> field() {
        return page < 0 ? Optional.empty() : Optional.of(flow.askedFields().get(page));
    }

    @Override
    public Node build(ScreenContext c) {
        VBox box = c.column();
        box.getChildren().add(c.heading(flow.matter().name().in(c.language())));
        if (page < 0) {
            box.getChildren().add(c.body(c.text("form.prefilled")));
            GridPane grid = new GridPane();
            grid.getStyleClass().add("fields");
            for (FormField f : flow.prefilledFields()) {
                Prefills.value(c.session(), f.prefill()).ifPresent(v -> Parts.row(c, grid, label(c, f), "form-prefilled-" + f.name(),
                        f.prefill() == FormField.Prefill.ID_NUMBER ? v.masked() : v.reveal()));
            }
            box.getChildren().add(grid);
        } else {
            FormField f = flow.askedFields().get(page);
            box.getChildren().add(c.body(c.text("form.step", page + 1, flow.askedFields().size())));
            box.getChildren().add(Parts.section(c, label(c, f) + (f.required() ? "" : " " + c.text("form.optional"))));
            switch (f.type()) {
                case SELECT, BOOLEAN -> box.getChildren().add(choices(c, f));
                default -> {
                    String shown = answer(c.session(), f).orElse("");
                    Label value = Parts.personal(c, "form-value", shown.isEmpty() ? " " : shown);
                    value.getStyleClass().add("entry");
                    box.getChildren().addAll(value, keys(c, f, typedWithLetters(f) ? DIGITS + LETTERS : DIGITS));
                }
            }
            if (errorKey != null) {
                box.getChildren().add(Parts.error(c, "form-error", c.text(errorKey, errorArgs)));
            }
        }
        box.getChildren().add(c.primary("form-next", c.text("form.next"), () -> next(c)));
        return box;
    }

    /** Text whose rule admits letters gets the keyboard; digits-only text (an account number) the keypad. */
    private static boolean typedWithLetters(FormField f) {
        return f.type() == FormField.Type.TEXT && (f.pattern() == null || f.pattern().contains("A-Z") || f.pattern().contains("a-z"));
    }

    private Node choices(ScreenContext c, FormField f) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("choices");
        String chosen = answer(c.session(), f).orElse(null);
        List<FormField.FieldOption> options = f.type() == FormField.Type.BOOLEAN
                ? List.of(new FormField.FieldOption("true", null), new FormField.FieldOption("false", null)) : f.options();
        for (FormField.FieldOption option : options) {
            String text = option.label() != null ? option.label().in(c.language().locale()) : c.text("form." + option.value());
            boolean selected = option.value().equals(chosen);
            Button button = c.button("form-option-" + option.value(), (selected ? "✓ " : "") + text, () -> {
                put(c.session(), f, option.value().toCharArray());
                errorKey = null;
                c.navigator().show(this);
            });
            if (selected) {
                button.getStyleClass().add("chosen");
            }
            pane.getChildren().add(button);
        }
        return pane;
    }

    private Node keys(ScreenContext c, FormField f, String keys) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("keyboard");
        for (char k : keys.toCharArray()) {
            pane.getChildren().add(c.keyboardKey("key-" + k, String.valueOf(k), () -> type(c, f, k)));
        }
        if (typedWithLetters(f)) {
            pane.getChildren().add(c.keyboardKey("key-space", c.text("form.key-space"), () -> type(c, f, ' ')));
        }
        pane.getChildren().addAll(c.keyboardKey("key-delete", c.text("form.key-delete"), () -> delete(c, f)),
                c.keyboardKey("key-clear", c.text("form.key-clear"), () -> {
                    put(c.session(), f, new char[0]);
                    c.navigator().show(this);
                }));
        return pane;
    }

    private void type(ScreenContext c, FormField f, char k) {
        String current = answer(c.session(), f).orElse("");
        int max = f.maxLength() != null ? f.maxLength() : 40;
        if (current.length() < max) {
            char[] next = Arrays.copyOf(current.toCharArray(), current.length() + 1);
            next[current.length()] = k;
            put(c.session(), f, next);
        }
        c.navigator().show(this);
    }

    private void delete(ScreenContext c, FormField f) {
        String current = answer(c.session(), f).orElse("");
        if (!current.isEmpty()) {
            put(c.session(), f, Arrays.copyOf(current.toCharArray(), current.length() - 1));
        }
        c.navigator().show(this);
    }

    private void next(ScreenContext c) {
        if (page >= 0) {
            FormField f = flow.askedFields().get(page);
            String value = answer(c.session(), f).orElse("");
            String label = label(c, f);
            errorKey = null;
            if (value.isEmpty()) {
                if (f.required()) {
                    problem(f.type() == FormField.Type.SELECT || f.type() == FormField.Type.BOOLEAN ? "form.error.choose" : "form.error.required", label);
                }
            } else if (f.minLength() != null && value.length() < f.minLength() || f.maxLength() != null && value.length() > f.maxLength()) {
                problem(f.type() == FormField.Type.PHONE ? "form.error.phone" : "form.error.length", label,
                        f.minLength() != null ? f.minLength() : 0, f.maxLength() != null ? f.maxLength() : value.length(), value.length());
            } else if (f.pattern() != null && !value.matches(f.pattern())) {
                problem(switch (f.type()) {
                    case PHONE -> "form.error.phone";
                    case NUMBER -> "form.error.number";
                    case TEXT -> "form.error.letters";
                    default -> "form.error.invalid";
                }, label, f.minLength() != null ? f.minLength() : 0, f.maxLength() != null ? f.maxLength() : value.length(), value.length());
            }
            if (errorKey != null) {
                c.navigator().show(this);
                return;
            }
        }
        int nextPage = page + 1;
        c.navigator().show(nextPage < flow.askedFields().size() ? new FormScreen(flow, nextPage) : new ReviewScreen(flow));
    }

    private void problem(String key, Object... args) {
        errorKey = key;
        errorArgs = args;
    }

    static String label(ScreenContext c, FormField f) {
        return f.label().in(c.language().locale());
    }

    static Optional<String> answer(KioskSession session, FormField f) {
        return session.answer(f.name()).map(PersonalValue::reveal);
    }

    private static void put(KioskSession session, FormField f, char[] value) {
        session.putAnswer(f.name(), value);
        Arrays.fill(value, '\0');
    }
}
