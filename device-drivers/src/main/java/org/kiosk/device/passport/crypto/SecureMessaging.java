package org.kiosk.device.passport.crypto;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import org.kiosk.device.passport.codec.StatusWord;
import org.kiosk.device.passport.codec.Tlv;
import org.kiosk.device.passport.codec.TlvException;

/**
 * BAC secure messaging (ICAO Doc 9303 part 11 §9.8): wraps plain command APDUs in DO'87' (encrypted data), DO'97' (Le)
 * and DO'8E' (MAC), and checks and opens protected responses, counting the send sequence counter up before each
 * command and each response. Short APDUs only. Not thread-safe: one session per chip conversation.
 */
public final class SecureMessaging {

    private final byte[] kEnc;
    private final byte[] kMac;
    private final byte[] ssc;

    /** Copies the keys and counter; the caller wipes its own arrays. */
    public SecureMessaging(byte[] kEnc, byte[] kMac, byte[] ssc) {
        if (kEnc.length != 16 || kMac.length != 16 || ssc.length != 8) {
            throw new IllegalArgumentException("secure messaging needs two 16-byte keys and an 8-byte counter");
        }
        this.kEnc = kEnc.clone();
        this.kMac = kMac.clone();
        this.ssc = ssc.clone();
    }

    /** The current send sequence counter, for tests against the ICAO worked example. */
    public byte[] ssc() {
        return ssc.clone();
    }

    /**
     * Protects a plain short command APDU ({@code CLA INS P1 P2 [Lc data] [Le]}).
     *
     * @throws IllegalArgumentException when {@code command} is not a well-formed short APDU
     */
    public byte[] wrap(byte[] command) {
        Plain plain = Plain.parse(command);
        byte[] header = {0x0C, command[1], command[2], command[3]};
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        if (plain.data().length > 0) {
            byte[] padded = TripleDes.pad(plain.data());
            byte[] encrypted = TripleDes.encrypt(kEnc, padded);
            Arrays.fill(padded, (byte) 0);
            byte[] value = new byte[encrypted.length + 1];
            value[0] = 0x01;
            System.arraycopy(encrypted, 0, value, 1, encrypted.length);
            objects.writeBytes(Tlv.encode(0x87, value));
        }
        if (plain.le() >= 0) {
            objects.writeBytes(Tlv.encode(0x97, new byte[] {(byte) plain.le()}));
        }
        increment();
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        macInput.writeBytes(ssc);
        macInput.writeBytes(TripleDes.pad(header));
        macInput.writeBytes(objects.toByteArray());
        byte[] mac = TripleDes.mac(kMac, macInput.toByteArray());
        objects.writeBytes(Tlv.encode(0x8E, mac));
        byte[] body = objects.toByteArray();
        if (body.length > 0xFF) {
            throw new IllegalArgumentException("command data too long for a short APDU");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.write(body.length);
        out.writeBytes(body);
        out.write(0x00);
        return out.toByteArray();
    }

    /**
     * Checks a protected response's MAC and opens it.
     *
     * @return the plain response: decrypted data followed by the status word from DO'99'
     * @throws SecureMessagingException when the objects are missing or malformed or the MAC is wrong
     */
    public byte[] unwrap(byte[] response) throws SecureMessagingException {
        if (response.length < 2) {
            throw new SecureMessagingException("response shorter than a status word");
        }
        int limit = response.length - 2;
        if (limit == 0) {
            // a chip that drops secure messaging answers with a bare status word
            throw new SecureMessagingException("unprotected response " + StatusWord.hex(StatusWord.of(response)));
        }
        Tlv encrypted = null;
        Tlv status = null;
        Tlv mac = null;
        try {
            for (int at = 0; at < limit; ) {
                Tlv tlv = Tlv.read(response, at, limit);
                switch (tlv.tag()) {
                    case 0x87 -> encrypted = once(encrypted, tlv);
                    case 0x99 -> status = once(status, tlv);
                    case 0x8E -> mac = once(mac, tlv);
                    default -> throw new SecureMessagingException(String.format("unexpected object %X in a protected response", tlv.tag()));
                }
                if (tlv.tag() == 0x8E && tlv.end() != limit) {
                    throw new SecureMessagingException("data after the MAC object");
                }
                at = tlv.end();
            }
        } catch (TlvException e) {
            throw new SecureMessagingException("malformed protected response: " + e.getMessage());
        }
        if (status == null || status.valueLength() != 2) {
            throw new SecureMessagingException("protected response without a two-byte DO'99'");
        }
        if (mac == null || mac.valueLength() != 8) {
            throw new SecureMessagingException("protected response without an 8-byte DO'8E'");
        }
        increment();
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        macInput.writeBytes(ssc);
        macInput.write(response, 0, mac.valueOffset() - 2);
        byte[] expected = TripleDes.mac(kMac, macInput.toByteArray());
        if (!MessageDigest.isEqual(expected, mac.value(response))) {
            throw new SecureMessagingException("wrong MAC on a protected response");
        }
        byte[] data = new byte[0];
        if (encrypted != null) {
            if (encrypted.valueLength() < 9 || response[encrypted.valueOffset()] != 0x01) {
                throw new SecureMessagingException("DO'87' without padding indicator 01 or data");
            }
            byte[] cipherText = Arrays.copyOfRange(response, encrypted.valueOffset() + 1, encrypted.end());
            byte[] padded = TripleDes.decrypt(kEnc, cipherText);
            data = TripleDes.unpad(padded);
            Arrays.fill(padded, (byte) 0);
        }
        byte[] plain = Arrays.copyOf(data, data.length + 2);
        Arrays.fill(data, (byte) 0);
        plain[plain.length - 2] = response[status.valueOffset()];
        plain[plain.length - 1] = response[status.valueOffset() + 1];
        return plain;
    }

    /** Zeroes the session keys; the session is unusable after. */
    public void wipe() {
        Arrays.fill(kEnc, (byte) 0);
        Arrays.fill(kMac, (byte) 0);
        Arrays.fill(ssc, (byte) 0);
    }

    private static Tlv once(Tlv seen, Tlv tlv) throws SecureMessagingException {
        if (seen != null) {
            throw new SecureMessagingException(String.format("object %X twice in a protected response", tlv.tag()));
        }
        return tlv;
    }

    private void increment() {
        for (int i = ssc.length - 1; i >= 0; i--) {
            if (++ssc[i] != 0) {
                return;
            }
        }
    }

    /** A plain short command APDU's body: its data and its Le (-1 when absent, 0 for 256). */
    private record Plain(byte[] data, int le) {

        static Plain parse(byte[] c) {
            if (c.length < 4) {
                throw new IllegalArgumentException("a command APDU has at least four bytes");
            }
            if (c.length == 4) {
                return new Plain(new byte[0], -1);
            }
            if (c.length == 5) {
                return new Plain(new byte[0], c[4] & 0xFF);
            }
            int lc = c[4] & 0xFF;
            if (lc == 0 || c.length < 5 + lc || c.length > 6 + lc) {
                throw new IllegalArgumentException("command APDU length does not match its Lc");
            }
            byte[] data = Arrays.copyOfRange(c, 5, 5 + lc);
            return new Plain(data, c.length == 6 + lc ? c[5 + lc] & 0xFF : -1);
        }
    }
}
