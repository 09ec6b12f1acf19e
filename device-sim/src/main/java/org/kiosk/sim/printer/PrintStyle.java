package org.kiosk.sim.printer;

/**
 * The character modes in effect when a run of text arrived.
 *
 * @param bold               emphasis ({@code ESC E} or bit 3 of {@code ESC !})
 * @param widthMultiplier    1-8, from {@code GS !} or bit 5 of {@code ESC !}
 * @param heightMultiplier   1-8, from {@code GS !} or bit 4 of {@code ESC !}
 * @param justification      from {@code ESC a}; a printed line takes the justification of its first character
 */
public record PrintStyle(boolean bold, int widthMultiplier, int heightMultiplier, Justification justification) {

    public static final PrintStyle DEFAULT = new PrintStyle(false, 1, 1, Justification.LEFT);

    public PrintStyle {
        if (widthMultiplier < 1 || widthMultiplier > 8 || heightMultiplier < 1 || heightMultiplier > 8) {
            throw new IllegalArgumentException("character size multipliers must be 1-8, got "
                    + widthMultiplier + "x" + heightMultiplier);
        }
    }
}
