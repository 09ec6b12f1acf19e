package org.kiosk.device.printer.receipt;

import java.util.Arrays;
import java.util.Objects;

/** One block of a receipt. Output formats (ESC/POS, PDF) switch over these exhaustively. */
public sealed interface ReceiptElement {

    /** A centred, bold, double-size heading. */
    record Title(String text) implements ReceiptElement {
        public Title {
            Objects.requireNonNull(text);
        }
    }

    /** Text, wrapped to the paper width by display width. */
    record Text(String text, TextStyle style) implements ReceiptElement {
        public Text {
            Objects.requireNonNull(text);
            Objects.requireNonNull(style);
        }
    }

    /** A label on the left and its value on the right of the same line (wrapping when they do not fit). */
    record KeyValue(String key, String value) implements ReceiptElement {
        public KeyValue {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
        }
    }

    /** A full-width rule. */
    record Separator() implements ReceiptElement {
    }

    /** A QR code of the given payload, centred. */
    record QrCode(String payload) implements ReceiptElement {
        public QrCode {
            Objects.requireNonNull(payload);
            if (payload.isEmpty()) {
                throw new IllegalArgumentException("QR payload is empty");
            }
        }
    }

    /**
     * A monochrome image, centred.
     *
     * @param width  dots across
     * @param height dots down
     * @param pixels row-major, {@code true} = black
     */
    record Image(int width, int height, boolean[] pixels) implements ReceiptElement {
        public Image {
            if (width <= 0 || height <= 0 || pixels.length != width * height) {
                throw new IllegalArgumentException("image is " + width + "x" + height + " but has " + pixels.length + " pixels");
            }
            pixels = pixels.clone();
        }

        @Override
        public boolean[] pixels() {
            return pixels.clone();
        }

        public boolean black(int x, int y) {
            return pixels[y * width + x];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image i && i.width == width && i.height == height && Arrays.equals(i.pixels, pixels);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * width + height) + Arrays.hashCode(pixels);
        }
    }

    /** Feed past the tear bar and cut. */
    record Cut(boolean partial) implements ReceiptElement {
    }
}
