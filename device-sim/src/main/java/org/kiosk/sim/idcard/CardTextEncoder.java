package org.kiosk.sim.idcard;

/**
 * The emulator's own encoder of the 256-byte card text: each field UCS-2 little-endian at its layout's offsets,
 * a field spanning two slots running on from the first into the second, everything else spaces ({@code 20 00}).
 */
public final class CardTextEncoder {

    private CardTextEncoder() {
    }

    /** The text of {@code card}; its fields fit, as {@link Card.Builder} checked. */
    public static byte[] encode(Card card) {
        byte[] text = new byte[CardLayout.TEXT_BYTES];
        for (int i = 0; i < text.length; i += 2) {
            text[i] = ' ';
        }
        for (CardField field : card.layout().fields()) {
            String value = card.field(field);
            int next = 0;
            for (CardLayout.Slot slot : card.layout().slotsOf(field)) {
                int chars = Math.min(slot.length() / 2, value.length() - next);
                for (int i = 0; i < chars; i++) {
                    char c = value.charAt(next + i);
                    text[slot.offset() + 2 * i] = (byte) c;
                    text[slot.offset() + 2 * i + 1] = (byte) (c >>> 8);
                }
                next += chars;
            }
        }
        return text;
    }
}
