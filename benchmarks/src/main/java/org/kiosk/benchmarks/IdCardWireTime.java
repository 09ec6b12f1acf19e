package org.kiosk.benchmarks;

import java.util.List;

import org.kiosk.benchmarks.WireTime.Exchange;
import org.kiosk.device.idcard.codec.ReadReply;
import org.kiosk.device.idcard.codec.SamCommand;

/**
 * The bytes a card read puts on the serial line, counted from the GA 467 frame layout; {@link WireTime} gives the
 * time they take. Every frame is {@code AA AA AA 96 69 · LEN(2)} and then, from the host, {@code CMD PARA CHK}, from the
 * reader {@code SW1 SW2 SW3 · data · CHK}.
 */
public final class IdCardWireTime {

    /** The preamble {@code AA AA AA 96 69} and the two length bytes. */
    static final int FRAME_HEADER_BYTES = 5 + 2;
    static final int STATUS_WORD_BYTES = 3;
    static final int CHECKSUM_BYTES = 1;
    /** Find-card success carries {@code 00 00 00 00}; failure carries nothing. */
    static final int FIND_CARD_DATA_BYTES = 4;
    /** Select-card success carries eight {@code 00}. */
    static final int SELECT_CARD_DATA_BYTES = 8;
    /** TEXT_LEN and PHOTO_LEN ahead of the text and photo of a {@code 30 01} reply. */
    static final int READ_LENGTH_FIELD_BYTES = 2 + 2;

    private IdCardWireTime() {
    }

    /** Bytes of a reply frame carrying {@code dataBytes} after the status words. */
    static int replyFrameBytes(int dataBytes) {
        return FRAME_HEADER_BYTES + STATUS_WORD_BYTES + dataBytes + CHECKSUM_BYTES;
    }

    /** {@code 20 01} answered {@code 9F}: a card is there. */
    public static Exchange findCard() {
        return new Exchange("find card 20 01", SamCommand.FIND_CARD.frame().length, replyFrameBytes(FIND_CARD_DATA_BYTES));
    }

    /** {@code 20 01} answered {@code 80}: no card; what the watching driver exchanges every poll while none lies there. */
    public static Exchange findNoCard() {
        return new Exchange("find card 20 01, none", SamCommand.FIND_CARD.frame().length, replyFrameBytes(0));
    }

    public static Exchange selectCard() {
        return new Exchange("select card 20 02", SamCommand.SELECT_CARD.frame().length, replyFrameBytes(SELECT_CARD_DATA_BYTES));
    }

    /** {@code 30 01}: text and photo, no fingerprints. */
    public static Exchange readTextAndPhoto() {
        int body = READ_LENGTH_FIELD_BYTES + ReadReply.TEXT_LENGTH + ReadReply.PHOTO_LENGTH;
        return new Exchange("read 30 01", SamCommand.READ_TEXT_PHOTO.frame().length, replyFrameBytes(body));
    }

    /** What {@code IdCardReader.readCard(false)} exchanges, in order. */
    public static List<Exchange> readPath() {
        return List.of(findCard(), selectCard(), readTextAndPhoto());
    }
}
