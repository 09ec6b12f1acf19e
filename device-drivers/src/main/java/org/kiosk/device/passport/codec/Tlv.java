package org.kiosk.device.passport.codec;

import java.util.Arrays;

/**
 * One BER-TLV object inside a byte array, as ICAO Doc 9303 part 10 uses them: tags of one to three bytes, definite
 * lengths of one to four bytes. Parsing is bounded by the caller's limit, so a length that points past the data, an
 * indefinite length or a length that overflows is a {@link TlvException}, never an out-of-bounds read.
 *
 * @param tag         the tag bytes as an unsigned number, e.g. {@code 0x5F1F}
 * @param valueOffset where the value starts in the array
 * @param valueLength how long the value is
 */
public record Tlv(int tag, int valueOffset, int valueLength) {

    /** Tags longer than this are not used by the LDS. */
    private static final int MAX_TAG_BYTES = 3;
    /** Length fields longer than this would describe more than 16 MiB, more than any eMRTD holds. */
    private static final int MAX_LENGTH_BYTES = 3;

    /** Where the object ends: the offset just after its value. */
    public int end() {
        return valueOffset + valueLength;
    }

    /** Whether the tag marks a constructed object (one that holds other objects). */
    public boolean constructed() {
        int first = tag;
        while (first > 0xFF) {
            first >>>= 8;
        }
        return (first & 0x20) != 0;
    }

    /** The value, copied. */
    public byte[] value(byte[] data) {
        return Arrays.copyOfRange(data, valueOffset, end());
    }

    /** Reads the object starting at {@code offset}; it must end at or before {@code limit}. */
    public static Tlv read(byte[] data, int offset, int limit) throws TlvException {
        Header header = header(data, offset, limit);
        if (header.valueLength() > limit - header.valueOffset()) {
            throw new TlvException(String.format("TLV %X says %d value bytes, only %d left", header.tag(),
                    header.valueLength(), limit - header.valueOffset()));
        }
        return new Tlv(header.tag(), header.valueOffset(), header.valueLength());
    }

    /** Reads the object at {@code offset} and checks its tag. */
    public static Tlv expect(int tag, byte[] data, int offset, int limit) throws TlvException {
        Tlv tlv = read(data, offset, limit);
        if (tlv.tag() != tag) {
            throw new TlvException(String.format("expected tag %X, found %X", tag, tlv.tag()));
        }
        return tlv;
    }

    /** The first object with {@code tag} directly inside {@code parent}'s value. */
    public static Tlv child(int tag, byte[] data, Tlv parent) throws TlvException {
        for (int at = parent.valueOffset(); at < parent.end(); ) {
            Tlv tlv = read(data, at, parent.end());
            if (tlv.tag() == tag) {
                return tlv;
            }
            at = tlv.end();
        }
        throw new TlvException(String.format("tag %X not found inside %X", tag, parent.tag()));
    }

    /**
     * Reads only the tag and length at {@code offset} (the value may lie beyond {@code limit}): for learning a file's
     * total length from its first bytes.
     *
     * @return the object's tag, where its value starts and its length
     */
    public static Header header(byte[] data, int offset, int limit) throws TlvException {
        if (offset < 0 || limit > data.length || offset >= limit) {
            throw new TlvException("TLV expected but no bytes left");
        }
        int at = offset;
        int tag = data[at++] & 0xFF;
        if (tag == 0x00 || tag == 0xFF) {
            throw new TlvException(String.format("invalid tag byte %02X", tag));
        }
        if ((tag & 0x1F) == 0x1F) {
            int more;
            int tagBytes = 1;
            do {
                if (at >= limit) {
                    throw new TlvException("TLV tag truncated");
                }
                if (++tagBytes > MAX_TAG_BYTES) {
                    throw new TlvException("TLV tag longer than " + MAX_TAG_BYTES + " bytes");
                }
                more = data[at++] & 0xFF;
                tag = tag << 8 | more;
            } while ((more & 0x80) != 0);
        }
        if (at >= limit) {
            throw new TlvException(String.format("TLV %X has no length", tag));
        }
        int first = data[at++] & 0xFF;
        int length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            throw new TlvException(String.format("TLV %X has an indefinite length", tag));
        } else {
            int lengthBytes = first & 0x7F;
            if (lengthBytes > MAX_LENGTH_BYTES) {
                throw new TlvException(String.format("TLV %X has a %d-byte length field", tag, lengthBytes));
            }
            if (limit - at < lengthBytes) {
                throw new TlvException(String.format("TLV %X length truncated", tag));
            }
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = length << 8 | (data[at++] & 0xFF);
            }
        }
        return new Header(tag, at - offset, at, length);
    }

    /**
     * A TLV's tag and length.
     *
     * @param headerLength how many bytes tag and length take
     */
    public record Header(int tag, int headerLength, int valueOffset, int valueLength) {

        /** The whole object's length, header included. */
        public int totalLength() {
            return headerLength + valueLength;
        }
    }

    /** Encodes a tag and value (for building commands). */
    public static byte[] encode(int tag, byte[] value) {
        byte[] tagBytes = tag > 0xFFFF ? new byte[] {(byte) (tag >> 16), (byte) (tag >> 8), (byte) tag}
                : tag > 0xFF ? new byte[] {(byte) (tag >> 8), (byte) tag} : new byte[] {(byte) tag};
        byte[] lengthBytes = value.length < 0x80 ? new byte[] {(byte) value.length}
                : value.length <= 0xFF ? new byte[] {(byte) 0x81, (byte) value.length}
                : new byte[] {(byte) 0x82, (byte) (value.length >> 8), (byte) value.length};
        byte[] out = new byte[tagBytes.length + lengthBytes.length + value.length];
        System.arraycopy(tagBytes, 0, out, 0, tagBytes.length);
        System.arraycopy(lengthBytes, 0, out, tagBytes.length, lengthBytes.length);
        System.arraycopy(value, 0, out, tagBytes.length + lengthBytes.length, value.length);
        return out;
    }
}
