package org.kiosk.sim.idcard;

/**
 * Where the reader's conversation with the card stands. A read needs {@link #CARD_SELECTED}: the host finds the
 * card, then selects it, then reads (as often as it likes). Placing or removing a card, resetting the SAM and a
 * dropped link all go back to {@link #CARD_PRESENT} or {@link #NO_CARD}.
 *
 * <pre>
 * NO_CARD       find → 80 · select → 81 · read → 41
 * CARD_PRESENT  find → 9F, CARD_FOUND · select → 81 · read → 41
 * CARD_FOUND    find → 9F · select → 90, CARD_SELECTED · read → 41
 * CARD_SELECTED find → 9F, CARD_FOUND · select → 90 · read → 90 with the card's data
 * </pre>
 */
public enum ReaderState {
    NO_CARD,
    CARD_PRESENT,
    CARD_FOUND,
    CARD_SELECTED
}
