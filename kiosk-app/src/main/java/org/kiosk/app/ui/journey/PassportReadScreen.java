package org.kiosk.app.ui.journey;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.PassportIdentification.AccessData;
import org.kiosk.app.ui.service.PassportIdentification.Problem;

/**
 * "Lay your passport on the reader", then "keep it still" with progress while the chip is read with the entered zone;
 * then the document as read. An expired passport is refused; a failed read says why in words and offers what helps:
 * correcting the entered details, laying the passport again, another way of identifying, or the counter.
 */
public final class PassportReadScreen implements Screen {

    public static final String ID = "passport-read";

    /** Where the read is. */
    public enum Stage { WAITING, READING, FAILED, EXPIRED }

    private final ApplicationFlow flow;
    private Stage stage = Stage.WAITING;
    private Problem problem;
    private boolean started;
    private Node shown;

    public PassportReadScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    /** The screen in {@code stage} without reading, for the tour. */
    static PassportReadScreen showing(ApplicationFlow flow, Stage stage, Problem problem) {
        PassportReadScreen screen = new PassportReadScreen(flow);
        screen.started = true;
        screen.stage = stage;
        screen.problem = problem;
        return screen;
    }

    @Override
    public String id() {
        return ID;
    }

    public Stage stage() {
        return stage;
    }

    /** Why the read failed, while {@link #stage()} is {@link Stage#FAILED}. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public Node build(ScreenContext c) {
        if (!started) {
            started = true;
            start(c);
        }
        VBox box = c.column();
        switch (stage) {
            case WAITING, READING -> {
                ProgressBar progress = new ProgressBar();
                progress.getStyleClass().add("progress");
                box.getChildren().addAll(c.heading(c.text(stage == Stage.WAITING ? "passport-read.title" : "passport-read.reading")),
                        c.body(c.text(stage == Stage.WAITING ? "passport-read.intro" : "passport-read.keep-still")), progress);
            }
            case FAILED -> {
                box.getChildren().addAll(c.heading(c.text("passport-read.failed")),
                        Parts.error(c, "passport-read-problem", c.text("passport-read.problem." + Parts.key(problem))));
                switch (problem) {
                    case WRONG_ACCESS_DATA -> box.getChildren().add(c.primary("passport-read-correct", c.text("passport-read.correct"),
                            () -> c.navigator().show(new PassportEntryScreen(flow))));
                    case CHIP_REMOVED, NO_CHIP, CHIP_UNREADABLE -> box.getChildren().add(c.primary("passport-read-retry",
                            c.text("passport-read.retry"), () -> c.navigator().show(new PassportReadScreen(flow))));
                    case NOT_AUTHENTIC, READER_GONE -> {
                        // nothing the citizen can do here: another way, or the counter
                    }
                }
            }
            case EXPIRED -> box.getChildren().addAll(c.heading(c.text("passport-read.expired-title")),
                    Parts.error(c, "passport-read-expired", c.text("passport-read.expired")));
        }
        if (stage == Stage.FAILED || stage == Stage.EXPIRED) {
            box.getChildren().add(c.button("passport-read-other-way", c.text("passport-read.other-way"),
                    () -> c.navigator().show(new IdentifyScreen(flow.matter()))));
        }
        box.getChildren().add(c.button("passport-read-counter", c.text("identify.counter"),
                () -> c.navigator().show(new CounterScreen(flow.matter()))));
        shown = box;
        return box;
    }

    private void start(ScreenContext c) {
        Optional<AccessData> access = PassportEntryScreen.access(flow.session());
        if (access.isEmpty()) {
            stage = Stage.FAILED;
            problem = Problem.WRONG_ACCESS_DATA;
            return;
        }
        c.services().passports().read(flow.session(), access.get(), () -> flow.onFx(() -> {
            if (stage == Stage.WAITING && onScreen()) {
                stage = Stage.READING;
                c.navigator().show(this);
            }
        })).whenComplete((summary, error) -> flow.onFx(() -> {
            if (!onScreen()) {
                return;
            }
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                stage = Stage.FAILED;
                problem = cause instanceof PassportIdentification.ReadFailed failed ? failed.problem() : Problem.CHIP_UNREADABLE;
                c.navigator().show(this);
            } else if (summary.document().expired()) {
                stage = Stage.EXPIRED;
                c.navigator().show(this);
            } else {
                flow.passport(summary);
                c.navigator().show(new DocumentScreen(flow));
            }
        }));
    }

    /** Whether this screen is still what the citizen sees: a read ending after they left it moves nothing. */
    private boolean onScreen() {
        return shown != null && shown.getScene() != null;
    }
}
