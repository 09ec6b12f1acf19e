package org.kiosk.app.ui.screens;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;

/**
 * The identity document as the kiosk read it, for its holder to check: name, document number (masked), birth date.
 * Nodes that show personal data carry the style class {@value #PERSONAL} (never spoken aloud).
 */
public final class IdentitySummaryScreen implements Screen {

    public static final String ID = "identity-summary";
    public static final String PERSONAL = "personal";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Node build(ScreenContext c) {
        KioskSession session = c.session();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("fields");
        int row = 0;
        row = field(c, grid, row, "identity.name", session, DocumentField.NAME, false);
        row = field(c, grid, row, "identity.number", session, DocumentField.DOCUMENT_NUMBER, true);
        field(c, grid, row, "identity.birth-date", session, DocumentField.BIRTH_DATE, false);
        VBox box = c.column();
        box.getChildren().addAll(c.heading(c.text("identity.title")), c.body(c.text("identity.intro")), grid,
                c.button("identity-end", c.text("identity.end"), c.navigator()::endVisit));
        return box;
    }

    private static int field(ScreenContext c, GridPane grid, int row, String key, KioskSession session, DocumentField field,
            boolean masked) {
        String value = session.documentField(field).map(v -> masked ? v.masked() : v.reveal()).orElse(null);
        if (value == null) {
            return row;
        }
        Label name = c.body(c.text(key));
        Label shown = c.body(value);
        shown.getStyleClass().add(PERSONAL);
        shown.setId("identity-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        grid.addRow(row, name, shown);
        return row + 1;
    }
}
