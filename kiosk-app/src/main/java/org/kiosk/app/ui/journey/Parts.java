package org.kiosk.app.ui.journey;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import org.kiosk.app.ui.screen.ScreenContext;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;
import org.kiosk.app.ui.service.QrImages;
import org.kiosk.app.ui.session.KioskSession;

/** The pieces the journey's screens share: personal values, error messages, QR codes. */
final class Parts {

    private Parts() {
    }

    /** A label showing personal data: carries the style class the wipe, speech and the audit look for. */
    static Label personal(ScreenContext c, String id, String value) {
        Label label = c.body(value);
        label.getStyleClass().add(IdentitySummaryScreen.PERSONAL);
        label.setId(id);
        return label;
    }

    /** A label for a section inside a screen. */
    static Label section(ScreenContext c, String text) {
        Label label = c.body(text);
        label.getStyleClass().add("section");
        return label;
    }

    /** An error said in words, marked with a sign as well as its colour. */
    static Label error(ScreenContext c, String id, String text) {
        Label label = c.body("⚠ " + text);
        label.getStyleClass().add("error");
        label.setId(id);
        return label;
    }

    /** A row of a read-only grid of the citizen's details. */
    static void row(ScreenContext c, GridPane grid, String labelText, String id, String value) {
        grid.addRow(grid.getRowCount(), c.body(labelText), personal(c, id, value));
    }

    /** The QR code of {@code payload}, or nothing when this kiosk cannot draw one. */
    static Node qr(ScreenContext c, String id, String payload, KioskSession session) {
        QrImages images = c.services().qr();
        if (images == null) {
            return c.body(payload);
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(images.png(payload, 8))));
        view.setId(id);
        view.getStyleClass().add("qr");
        // the tracking code is the citizen's own: it goes with the visit
        session.onWipe(() -> view.setImage(null));
        return view;
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
