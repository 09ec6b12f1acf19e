package org.kiosk.app.ui.journey;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;

/** The document as read, for its holder to check (number masked); it fills the form and is not asked again. */
public final class DocumentScreen implements Screen {

    public static final String ID = "document";

    private final ApplicationFlow flow;

    public DocumentScreen(ApplicationFlow flow) {
        this.flow = flow;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        KioskSession session = c.session();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        if (flow.document() != null) {
            grid.addRow(0, c.body(c.text("document.kind")), c.body(c.text("document.kind." + Parts.key(flow.document().kind()))));
        }
        session.documentField(DocumentField.NAME).ifPresent(v -> Parts.row(c, grid, c.text("identity.name"), "document-name", v.reveal()));
        session.documentField(DocumentField.DOCUMENT_NUMBER)
                .ifPresent(v -> Parts.row(c, grid, c.text("identity.number"), "document-number", v.masked()));
        session.documentField(DocumentField.BIRTH_DATE)
                .ifPresent(v -> Parts.row(c, grid, c.text("identity.birth-date"), "document-birth-date", v.reveal()));
        session.documentField(DocumentField.VALID_UNTIL).map(PersonalValue::reveal)
                .ifPresent(v -> Parts.row(c, grid, c.text("document.valid-until"), "document-valid-until", v));
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("identity.title")), c.body(c.text("document.intro")), grid);
        if (passport()) {
            box.getChildren().add(c.body(c.text("document.passport-counter")));
        }
        if (flow.chipUnverifiable()) {
            box.getChildren().add(c.body(c.text("document.passport-not-verifiable")));
        }
        box.getChildren().add(c.primary("document-continue", c.text("journey.continue"), () -> next(c)));
        return box;
    }

    /** A passport holder's fingerprints cannot be verified on the kiosk: staff check the passport instead. */
    private boolean passport() {
        return flow.document() != null && flow.document().kind() == Identification.DocumentKind.PASSPORT;
    }

    private void next(ScreenContext c) {
        ApplicationFlow.HolderCheck check = flow.holderCheck();
        if (check == ApplicationFlow.HolderCheck.FINGERPRINT_OR_COUNTER && c.services().biometrics().offered(flow.session())) {
            c.navigator().show(new ConsentScreen(flow));
            return;
        }
        flow.verification(check == ApplicationFlow.HolderCheck.NOT_NEEDED ? Applications.Verification.NONE : Applications.Verification.COUNTER);
        c.navigator().show(FormScreen.first(flow));
    }
}
