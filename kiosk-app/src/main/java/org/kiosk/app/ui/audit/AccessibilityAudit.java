package org.kiosk.app.ui.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kiosk.app.ui.audit.AuditFinding.Rule;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;

/**
 * Measures a laid-out screen against CITIZEN.md: tap-target sizes of every interactive node, text contrast from the
 * effective colours (the CSS-computed text fill over the backgrounds actually beneath it, alpha-composited), texts
 * that are missing or show a key, labels that are ellipsised or laid out beyond what is visible, and in elder mode the
 * text sizes and line spacing. 1 px of the scene is 1 dp. Run it on the FX thread.
 */
public final class AccessibilityAudit {

    /** The limits of one mode. */
    public record Limits(double minTarget, double minText, double minLargestText, double minLineHeight) {

        public static final Limits NORMAL = new Limits(44, 0, 0, 0);
        public static final Limits ELDER = new Limits(60, 18, 30, 1.3);
    }

    private static final double NORMAL_CONTRAST = 4.5;
    private static final double LARGE_CONTRAST = 3.0;
    private static final double TOLERANCE = 0.5;

    private final Texts texts;
    private final Set<String> keys;
    private final Map<Font, Double> lineHeights = new HashMap<>();

    public AccessibilityAudit(Texts texts) {
        this.texts = texts;
        this.keys = texts.keys();
    }

    /** Audits what {@code layer} shows (it must be in a scene, with CSS applied and laid out, or it is done here). */
    public AuditReport audit(String screenId, UiLanguage language, boolean elder, Parent layer) {
        return new AuditReport(screenId, language.tag(), elder, inspect(layer, elder ? Limits.ELDER : Limits.NORMAL));
    }

    public List<AuditFinding> inspect(Parent layer, Limits limits) {
        Scene scene = layer.getScene();
        if (scene == null) {
            throw new IllegalArgumentException("the audited node is not in a scene");
        }
        layer.applyCss();
        layer.layout();
        List<AuditFinding> findings = new ArrayList<>();
        double[] largest = {0};
        Bounds screen = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(layer, visibleArea(layer, screen), false, limits, findings, largest);
        if (limits.minLargestText() > 0 && largest[0] > 0 && largest[0] + TOLERANCE < limits.minLargestText()) {
            findings.add(new AuditFinding(Rule.FONT_SIZE, "screen",
                    String.format("largest text is %.1f dp, at least %.0f dp needed", largest[0], limits.minLargestText())));
        }
        return findings;
    }

    /** Keys some bundle has and another lacks: each is an untranslated text waiting to be shown. */
    public List<AuditFinding> bundleCoverage() {
        List<AuditFinding> findings = new ArrayList<>();
        texts.coverageGaps().forEach((language, missing) -> missing.forEach(key -> findings.add(
                new AuditFinding(Rule.UNTRANSLATED, "bundle messages_" + language.tag(), "no text for key " + key))));
        return findings;
    }

    private void walk(Node node, Bounds visible, boolean insideTarget, Limits limits, List<AuditFinding> findings,
            double[] largest) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds area = node.getClip() != null ? intersect(visible, node.localToScene(node.getLayoutBounds())) : visible;
        boolean target = isInteractive(node);
        if (target && !insideTarget && !node.isDisabled()) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() + TOLERANCE < limits.minTarget() || b.getHeight() + TOLERANCE < limits.minTarget()) {
                findings.add(new AuditFinding(Rule.TARGET_SIZE, describe(node), String.format(
                        "%.0f x %.0f dp, at least %.0f x %.0f dp needed", b.getWidth(), b.getHeight(), limits.minTarget(),
                        limits.minTarget())));
            }
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, limits, findings);
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            checkText(text, area, limits, findings, largest);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, area, insideTarget || target, limits, findings, largest);
            }
        }
    }

    private void checkLabeled(Labeled labeled, Limits limits, List<AuditFinding> findings) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        Text shown = displayedText(labeled);
        if (shown != null && !full.equals(shown.getText())) {
            findings.add(new AuditFinding(Rule.CLIPPED, describe(labeled),
                    "shows \"" + shown.getText() + "\" in " + Math.round(labeled.getWidth()) + " x "
                            + Math.round(labeled.getHeight()) + " dp"));
        }
        if (limits.minLineHeight() > 0 && labeled.isWrapText()) {
            Font font = labeled.getFont();
            double ratio = (lineHeight(font) + labeled.getLineSpacing()) / font.getSize();
            if (ratio + 1e-6 < limits.minLineHeight()) {
                findings.add(new AuditFinding(Rule.LINE_SPACING, describe(labeled),
                        String.format("line height %.2f x the text size, at least %.2f needed", ratio, limits.minLineHeight())));
            }
        }
    }

    private void checkText(Text text, Bounds visible, Limits limits, List<AuditFinding> findings, double[] largest) {
        String value = text.getText();
        if (value.contains(Texts.MISSING_MARK) || keys.contains(value.strip())) {
            findings.add(new AuditFinding(Rule.UNTRANSLATED, describe(text), "shows a key, not a text"));
        }
        Bounds b = text.localToScene(text.getLayoutBounds());
        if (b.getMinX() < visible.getMinX() - TOLERANCE || b.getMinY() < visible.getMinY() - TOLERANCE
                || b.getMaxX() > visible.getMaxX() + TOLERANCE || b.getMaxY() > visible.getMaxY() + TOLERANCE) {
            findings.add(new AuditFinding(Rule.CLIPPED, describe(text), String.format(
                    "laid out at %.0f,%.0f-%.0f,%.0f, beyond the visible %.0f,%.0f-%.0f,%.0f", b.getMinX(), b.getMinY(),
                    b.getMaxX(), b.getMaxY(), visible.getMinX(), visible.getMinY(), visible.getMaxX(), visible.getMaxY())));
        }
        double size = text.getFont().getSize() * text.getLocalToSceneTransform().getMyy();
        largest[0] = Math.max(largest[0], size);
        if (size + TOLERANCE < limits.minText()) {
            findings.add(new AuditFinding(Rule.FONT_SIZE, describe(text),
                    String.format("%.1f dp text, at least %.0f dp needed", size, limits.minText())));
        }
        if (disabled(text)) {
            return;
        }
        Paint paint = text.getFill();
        if (!(paint instanceof Color fill)) {
            findings.add(new AuditFinding(Rule.CONTRAST, describe(text), "text fill is not a plain colour: " + paint));
            return;
        }
        Color background = background(text);
        Color seen = Contrast.over(Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(),
                fill.getOpacity() * opacity(text)), background);
        double ratio = Contrast.ratio(seen, background);
        boolean bold = text.getFont().getStyle().toLowerCase().contains("bold");
        boolean large = size >= 24 || (bold && size >= 18.66);
        double needed = large ? LARGE_CONTRAST : NORMAL_CONTRAST;
        if (ratio < needed) {
            findings.add(new AuditFinding(Rule.CONTRAST, describe(text), String.format(
                    "%.2f:1 (%s on %s), at least %.1f:1 needed", ratio, hex(seen), hex(background), needed)));
        }
    }

    /** The opaque colour beneath {@code node}: the scene's fill with every ancestor's background fills over it. */
    private static Color background(Node node) {
        List<Node> chain = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            chain.addFirst(n);
        }
        Color colour = node.getScene().getFill() instanceof Color c && c.isOpaque() ? c : Color.WHITE;
        for (Node n : chain) {
            if (n instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill f : region.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c) {
                        colour = Contrast.over(c, colour);
                    }
                }
            }
        }
        return colour;
    }

    private static double opacity(Node node) {
        double o = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            o *= n.getOpacity();
        }
        return o;
    }

    private static boolean disabled(Node node) {
        return node.isDisabled();
    }

    /** The Text node a Labeled's skin shows (its text is ellipsised when it does not fit). */
    private static Text displayedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    private double lineHeight(Font font) {
        return lineHeights.computeIfAbsent(font, f -> {
            Text probe = new Text("国Ag");
            probe.setFont(f);
            return probe.getLayoutBounds().getHeight();
        });
    }

    private static boolean isInteractive(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>
                || node.getOnMouseClicked() != null || node.getOnMousePressed() != null || node.getOnTouchPressed() != null;
    }

    private static Bounds visibleArea(Node layer, Bounds screen) {
        Bounds area = screen;
        for (Node n = layer; n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                area = intersect(area, n.localToScene(n.getLayoutBounds()));
            }
        }
        return area;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        if (named != null) {
            s.append(named == node ? "#" : " in #").append(named.getId());
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null && !text.isEmpty()) {
            s.append(" \"").append(text.length() > 40 ? text.substring(0, 40) + "…" : text).append('"');
        }
        return s.toString();
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
