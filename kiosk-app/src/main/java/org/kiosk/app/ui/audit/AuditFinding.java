package org.kiosk.app.ui.audit;

/**
 * One broken rule on one screen.
 *
 * @param rule   which rule
 * @param node   the node, described by id, class and text (screens show no personal data to the audit's tours)
 * @param detail what was measured against what was required
 */
public record AuditFinding(Rule rule, String node, String detail) {

    public enum Rule {
        /** An interactive node smaller than the mode's minimum target. */
        TARGET_SIZE,
        /** Text against its effective background below 4.5:1 (3:1 for large text). */
        CONTRAST,
        /** A missing text shown as its marker, a key shown as text, or a key missing from a bundle. */
        UNTRANSLATED,
        /** A label whose text does not fit: ellipsised, or laid out beyond the screen. */
        CLIPPED,
        /** Elder mode: body text under 18 dp, or no text of at least 30 dp on the screen. */
        FONT_SIZE,
        /** Elder mode: wrapping text whose line height is under 1.3 times its size. */
        LINE_SPACING
    }

    @Override
    public String toString() {
        return rule + " " + node + ": " + detail;
    }
}
