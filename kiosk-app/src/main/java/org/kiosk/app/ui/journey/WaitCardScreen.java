package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Navigator;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.service.Identification;

/**
 * "Place your card on the reader": waits for the card, then shows what was read. A card taken away before the
 * application is submitted ends the visit (everything wiped), as does the session ending.
 */
public final class WaitCardScreen implements Screen {

    public static final String ID = "wait-card";

    private final ApplicationFlow flow;
    private String problem;

    public WaitCardScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        if (flow.startWatching()) {
            watch(c.services().identification(), c.navigator());
        }
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("wait-card.title")), c.body(c.text("wait-card.intro")));
        if (problem != null) {
            box.getChildren().add(Parts.error(c, "wait-card-problem", c.text(problem)));
        }
        box.getChildren().add(c.button("wait-card-counter", c.text("identify.counter"),
                () -> c.navigator().show(new CounterScreen(flow.matter()))));
        return box;
    }

    /** Shows a problem with the card on this screen. */
    void problem(String key) {
        this.problem = key;
    }

    private void watch(Identification identification, Navigator navigator) {
        identification.watchCards(flow.session(), new Identification.CardEvents() {
            @Override
            public void cardRead(Identification.DocumentSummary summary) {
                flow.onFx(() -> {
                    if (flow.document() != null) {
                        return;
                    }
                    if (summary.expired()) {
                        problem = "wait-card.expired";
                        navigator.show(WaitCardScreen.this);
                        return;
                    }
                    flow.document(summary);
                    navigator.show(new DocumentScreen(flow));
                });
            }

            @Override
            public void cardUnreadable() {
                flow.onFx(() -> {
                    if (flow.document() != null) {
                        return;
                    }
                    problem = "wait-card.unreadable";
                    navigator.show(WaitCardScreen.this);
                });
            }

            @Override
            public void cardRemoved() {
                flow.onFx(() -> {
                    if (flow.submission() == null && flow.document() != null) {
                        navigator.endVisit();
                    }
                });
            }
        });
    }
}
