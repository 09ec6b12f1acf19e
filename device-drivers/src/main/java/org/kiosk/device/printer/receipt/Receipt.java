package org.kiosk.device.printer.receipt;

import java.util.ArrayList;
import java.util.List;

/** A printable document: an ordered list of elements, built with {@link #builder()}. */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();

        public Builder title(String text) {
            return add(new ReceiptElement.Title(text));
        }

        public Builder text(String text) {
            return add(new ReceiptElement.Text(text, TextStyle.NORMAL));
        }

        public Builder text(String text, TextStyle style) {
            return add(new ReceiptElement.Text(text, style));
        }

        public Builder keyValue(String key, String value) {
            return add(new ReceiptElement.KeyValue(key, value));
        }

        public Builder separator() {
            return add(new ReceiptElement.Separator());
        }

        public Builder qr(String payload) {
            return add(new ReceiptElement.QrCode(payload));
        }

        public Builder image(int width, int height, boolean[] pixels) {
            return add(new ReceiptElement.Image(width, height, pixels));
        }

        public Builder cut() {
            return add(new ReceiptElement.Cut(false));
        }

        public Builder add(ReceiptElement e) {
            elements.add(e);
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
