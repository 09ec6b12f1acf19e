package org.kiosk.device.idcard;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Reader-to-host frames built by hand from the protocol notes, independent of the codec under test:
 * {@code AA AA AA 96 69 · LEN(2, BE) · SW1 SW2 SW3 · data · CHK}, LEN counting everything after itself.
 */
public final class TestFrames {

    public static final byte[] PREAMBLE = hex("AA AA AA 96 69");

    private TestFrames() {
    }

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    public static byte[] reply(int sw3, byte[] data) {
        int len = 3 + data.length + 1;
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(PREAMBLE);
        frame.write(len >> 8);
        frame.write(len & 0xFF);
        frame.write(0);
        frame.write(0);
        frame.write(sw3);
        frame.writeBytes(data);
        byte[] withoutChecksum = frame.toByteArray();
        int chk = 0;
        for (int i = PREAMBLE.length; i < withoutChecksum.length; i++) {
            chk ^= withoutChecksum[i];
        }
        frame.write(chk);
        return frame.toByteArray();
    }

    /** The body of a read reply: TEXT_LEN, PHOTO_LEN, [FP_LEN], text, photo, fingerprints. */
    public static byte[] readBody(boolean withFingerprintLength, byte[] text, byte[] photo, byte[] fingerprints) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeLength(body, text.length);
        writeLength(body, photo.length);
        if (withFingerprintLength) {
            writeLength(body, fingerprints.length);
        }
        body.writeBytes(text);
        body.writeBytes(photo);
        body.writeBytes(fingerprints);
        return body.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        out.write(length >> 8);
        out.write(length & 0xFF);
    }

    /** Bytes that stand for a WLT photo or fingerprint templates: a recognisable pattern per seed. */
    public static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
