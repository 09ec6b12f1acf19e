package org.kiosk.app.ui.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/** Searches every text a scene graph holds (visible or not) for given strings: proves a wipe left nothing. */
public final class SceneText {

    private SceneText() {
    }

    /** Where in {@code scene} any of {@code needles} occurs: one entry per node, naming the node's class and id only. */
    public static List<String> occurrences(Scene scene, Collection<String> needles) {
        List<String> found = new ArrayList<>();
        scan(scene.getRoot(), needles, found);
        return found;
    }

    private static void scan(Node node, Collection<String> needles, List<String> found) {
        List<String> texts = new ArrayList<>();
        switch (node) {
            case Labeled l -> {
                texts.add(l.getText());
                if (l.getTooltip() != null) {
                    texts.add(l.getTooltip().getText());
                }
            }
            case TextInputControl t -> texts.add(t.getText());
            case Text t -> texts.add(t.getText());
            default -> {
            }
        }
        texts.add(node.getAccessibleText());
        texts.add(node.getAccessibleHelp());
        for (String text : texts) {
            if (text != null && needles.stream().anyMatch(text::contains)) {
                found.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()));
                break;
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> scan(child, needles, found));
        }
    }
}
