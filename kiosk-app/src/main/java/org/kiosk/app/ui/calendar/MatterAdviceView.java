package org.kiosk.app.ui.calendar;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.calendar.Commitment;
import org.kiosk.calendar.MatterAnswer;

/**
 * A matter's answer for now, in words: accepted now or from when, when staff processing starts, the committed date
 * (marked as an estimate when it relies on a year without calendar data), and the counter's next opening.
 */
public final class MatterAdviceView {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MatterAdviceView() {
    }

    /**
     * Two lines for {@code matter}, asked now (kept to two so the matter screen still fits
     * in elder mode): acceptance with staff start and committed date, and the counter.
     */
    public static List<Node> nodes(ScreenContext c, Matter matter) {
        MatterAnswer answer = c.services().advice().answer(matter);
        List<String> accepted = new ArrayList<>();
        accepted.add(answer.acceptedNow() ? c.text("advice.accepted-now")
                : answer.acceptedFrom().map(t -> c.text("advice.accepted-from", DATE_TIME.format(t)))
                        .orElse(c.text("advice.not-accepted")));
        answer.commitment().ifPresent((Commitment commitment) -> {
            accepted.add(c.text("advice.staff-start", DATE_TIME.format(commitment.processingStarts())));
            accepted.add(c.text("advice.committed", DATE.format(commitment.completionDate())));
            if (commitment.provisional()) {
                accepted.add(c.text("advice.estimate"));
            }
        });
        String counter = answer.counterOpenNow() ? c.text("advice.counter-open")
                : answer.counterNextOpening().map(t -> c.text("advice.counter-next", DATE_TIME.format(t)))
                        .orElse(c.text("advice.counter-none"));
        return List.of(line(c, "advice-now", String.join(" ", accepted)), line(c, "advice-counter", counter));
    }

    private static Label line(ScreenContext c, String id, String text) {
        Label label = c.body(text);
        label.setId(id);
        return label;
    }
}
