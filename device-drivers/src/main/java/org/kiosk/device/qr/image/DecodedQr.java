package org.kiosk.device.qr.image;

import java.util.List;
import java.util.Objects;

/**
 * One QR code found in a frame. The text is untrusted input from a stranger's phone: hand it to the code classifier,
 * never to a log line, a shell, a browser or a file name.
 *
 * @param text   the decoded text, at most {@link QrImageDecoder#MAX_TEXT_LENGTH} characters
 * @param points where ZXing located the symbol, in the frame's pixels: the centres of its finder patterns
 *               (bottom-left, top-left, top-right) and, when found, its alignment pattern
 */
public record DecodedQr(String text, List<Point> points) {

    /** A position in the frame, in pixels from its top-left corner. */
    public record Point(float x, float y) {
    }

    public DecodedQr {
        Objects.requireNonNull(text, "text");
        points = List.copyOf(points);
    }

    /** Length and position only, never the text. */
    @Override
    public String toString() {
        return "DecodedQr[" + text.length() + " chars at " + points + "]";
    }
}
