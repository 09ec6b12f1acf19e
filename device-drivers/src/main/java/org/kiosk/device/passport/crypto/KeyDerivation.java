package org.kiosk.device.passport.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The 3DES key derivation of ICAO Doc 9303 part 11 §9.7.1, for the BAC keys and the session keys alike. */
public final class KeyDerivation {

    public static final int ENC = 1;
    public static final int MAC = 2;

    private KeyDerivation() {
    }

    /** Kseed: the first 16 bytes of SHA-1 of the MRZ information (document number, birth, expiry, each with check digit). */
    public static byte[] seedFromMrzInformation(String mrzInformation) {
        byte[] info = mrzInformation.getBytes(StandardCharsets.US_ASCII);
        try {
            return Arrays.copyOf(sha1(info), 16);
        } finally {
            Arrays.fill(info, (byte) 0);
        }
    }

    /** K_enc ({@link #ENC}) or K_mac ({@link #MAC}) from a seed: SHA-1(seed ‖ counter), 16 bytes, DES parity set. */
    public static byte[] derive(byte[] seed, int counter) {
        byte[] input = Arrays.copyOf(seed, seed.length + 4);
        input[input.length - 1] = (byte) counter;
        byte[] key = Arrays.copyOf(sha1(input), 16);
        Arrays.fill(input, (byte) 0);
        for (int i = 0; i < key.length; i++) {
            int b = key[i] & 0xFE;
            key[i] = (byte) (Integer.bitCount(b) % 2 == 0 ? b | 1 : b);
        }
        return key;
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
