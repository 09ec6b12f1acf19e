package org.kiosk.device.printer.receipt;

/**
 * How a line of text is printed.
 *
 * @param bold       emphasised
 * @param doubleSize double width and double height
 */
public record TextStyle(Alignment alignment, boolean bold, boolean doubleSize) {

    public static final TextStyle NORMAL = new TextStyle(Alignment.LEFT, false, false);

    public TextStyle {
        java.util.Objects.requireNonNull(alignment);
    }

    public TextStyle withAlignment(Alignment a) {
        return new TextStyle(a, bold, doubleSize);
    }

    public TextStyle withBold() {
        return new TextStyle(alignment, true, doubleSize);
    }

    public TextStyle withDoubleSize() {
        return new TextStyle(alignment, bold, true);
    }
}
