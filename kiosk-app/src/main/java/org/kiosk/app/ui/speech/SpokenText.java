package org.kiosk.app.ui.speech;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;

/**
 * What reading a screen aloud says: the texts of its visible labels, buttons and text nodes in the order the screen
 * lays them out (headings, body, buttons), leaving out every node with the style class {@code personal} and all
 * inside it, and whatever is typed into a field.
 */
public final class SpokenText {

    private SpokenText() {
    }

    /** The texts {@code root} shows, in reading order, without personal data. */
    public static List<String> phrases(Node root) {
        List<String> phrases = new ArrayList<>();
        collect(root, phrases);
        return phrases;
    }

    /** {@code phrases} as one utterance, with a pause after each that does not end in its own punctuation. */
    public static String utterance(List<String> phrases, UiLanguage language) {
        String stop = language == UiLanguage.ENGLISH ? "." : "。";
        StringBuilder spoken = new StringBuilder();
        for (String phrase : phrases) {
            spoken.append(phrase);
            if (!phrase.matches("(?s).*[.!?。！？:：;；,，、]$")) {
                spoken.append(stop);
            }
            spoken.append(' ');
        }
        return spoken.toString().strip();
    }

    private static void collect(Node node, List<String> phrases) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains(IdentitySummaryScreen.PERSONAL)
                || node instanceof TextInputControl) {
            return;
        }
        switch (node) {
            // a label's own text: its skin's text node may be shortened, and its graphic is a sign, not words
            case Labeled labeled -> add(labeled.getText(), phrases);
            case Text text -> add(text.getText(), phrases);
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> collect(child, phrases));
            default -> {
            }
        }
    }

    private static void add(String text, List<String> phrases) {
        if (text == null) {
            return;
        }
        // signs shown beside words (⚠, ✓) have no reading of their own
        String words = text.replaceAll("\\p{So}", "").strip().replaceAll("\\s+", " ");
        if (words.codePoints().anyMatch(Character::isLetterOrDigit)) {
            phrases.add(words);
        }
    }
}
