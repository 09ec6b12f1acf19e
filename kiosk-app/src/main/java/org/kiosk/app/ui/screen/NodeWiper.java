package org.kiosk.app.ui.screen;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

/** Clears every text, input and image of a node tree, so that a dropped screen keeps no reference to what it showed. */
public final class NodeWiper {

    private NodeWiper() {
    }

    public static void wipe(Node node) {
        switch (node) {
            case Labeled labeled -> {
                labeled.setText("");
                labeled.setTooltip((Tooltip) null);
                labeled.setAccessibleText(null);
            }
            case TextInputControl input -> input.clear();
            case Text text -> {
                if (!text.textProperty().isBound()) {
                    text.setText("");
                }
            }
            case ImageView view -> view.setImage(null);
            default -> {
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(NodeWiper::wipe);
        }
    }
}
