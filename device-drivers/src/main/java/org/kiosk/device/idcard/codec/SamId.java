package org.kiosk.device.idcard.codec;

import org.kiosk.device.idcard.IdCardError;

/**
 * The identity of the reader's security module, from the reply to {@code 12 FF}: 16 data bytes shown as
 * {@code "%02d.%02d-%d-%09d-%09d"} from data bytes 0 and 2 and little-endian 32-bit numbers at data bytes 4, 8
 * and 12 (frame bytes 10, 12, 14, 18, 22). One public implementation documents this layout; the numbers are
 * read unsigned so that no part shows a minus sign.
 */
public record SamId(int first, int second, long third, long fourth, long fifth) {

    public static final int DATA_LENGTH = 16;

    public static SamId parse(SamReply reply) throws ReplyFormatException {
        SamStatus status = reply.status();
        if (status != SamStatus.SUCCESS) {
            throw new ReplyFormatException(status.error().orElse(IdCardError.FRAME_ERROR),
                    "the reader answered " + status.describe() + " to " + SamCommand.READ_SAM_ID.label());
        }
        byte[] data = reply.dataView();
        if (data.length != DATA_LENGTH) {
            throw new ReplyFormatException(IdCardError.FRAME_ERROR,
                    "SAM id reply has " + data.length + " data bytes, not " + DATA_LENGTH);
        }
        return new SamId(data[0] & 0xFF, data[2] & 0xFF, uint32le(data, 4), uint32le(data, 8), uint32le(data, 12));
    }

    private static long uint32le(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL) | (bytes[offset + 1] & 0xFFL) << 8 | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 3] & 0xFFL) << 24;
    }

    /** As reader utilities print it: parts 5, 1, 7, 8, 9 give {@code 05.01-7-000000008-000000009}. */
    @Override
    public String toString() {
        return String.format("%02d.%02d-%d-%09d-%09d", first, second, third, fourth, fifth);
    }
}
