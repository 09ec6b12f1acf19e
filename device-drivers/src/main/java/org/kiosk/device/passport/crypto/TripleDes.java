package org.kiosk.device.passport.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The block operations of BAC and its secure messaging (ICAO Doc 9303 part 11 §9.8): two-key 3DES in CBC mode with a
 * zero IV, ISO 9797-1 padding method 2, and the ISO 9797-1 MAC algorithm 3 ("retail MAC") with single DES.
 */
public final class TripleDes {

    static final int BLOCK = 8;
    private static final byte[] ZERO_IV = new byte[BLOCK];

    private TripleDes() {
    }

    /** Appends 80 and zeros up to a whole number of blocks (ISO 9797-1 method 2). */
    public static byte[] pad(byte[] data) {
        byte[] padded = Arrays.copyOf(data, (data.length / BLOCK + 1) * BLOCK);
        padded[data.length] = (byte) 0x80;
        return padded;
    }

    /** Removes ISO 9797-1 method 2 padding. */
    public static byte[] unpad(byte[] padded) throws SecureMessagingException {
        int at = padded.length - 1;
        while (at >= 0 && padded[at] == 0) {
            at--;
        }
        if (at < 0 || padded[at] != (byte) 0x80 || padded.length - at > BLOCK) {
            throw new SecureMessagingException("bad padding in decrypted data");
        }
        return Arrays.copyOf(padded, at);
    }

    /** 3DES-CBC with a zero IV over whole blocks, no padding added. */
    public static byte[] encrypt(byte[] key16, byte[] data) {
        return cbc(Cipher.ENCRYPT_MODE, key16, data);
    }

    public static byte[] decrypt(byte[] key16, byte[] data) throws SecureMessagingException {
        if (data.length == 0 || data.length % BLOCK != 0) {
            throw new SecureMessagingException("encrypted data of " + data.length + " bytes is not whole blocks");
        }
        return cbc(Cipher.DECRYPT_MODE, key16, data);
    }

    /** The 8-byte ISO 9797-1 MAC algorithm 3 of {@code data}, padded with method 2 first. */
    public static byte[] mac(byte[] key16, byte[] data) {
        byte[] padded = pad(data);
        try {
            Cipher des = Cipher.getInstance("DES/CBC/NoPadding");
            des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key16, 0, BLOCK, "DES"), new IvParameterSpec(ZERO_IV));
            byte[] chained = des.doFinal(padded);
            byte[] last = Arrays.copyOfRange(chained, chained.length - BLOCK, chained.length);
            Cipher single = Cipher.getInstance("DES/ECB/NoPadding");
            single.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key16, BLOCK, BLOCK, "DES"));
            last = single.doFinal(last);
            single.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key16, 0, BLOCK, "DES"));
            return single.doFinal(last);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DES is part of every Java runtime", e);
        }
    }

    private static byte[] cbc(int mode, byte[] key16, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("DESede/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(desEde3(key16), "DESede"), new IvParameterSpec(ZERO_IV));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("3DES is part of every Java runtime", e);
        }
    }

    /** Two-key 3DES as the three-key form Java takes: K1 ‖ K2 ‖ K1. */
    private static byte[] desEde3(byte[] key16) {
        byte[] key24 = Arrays.copyOf(key16, 24);
        System.arraycopy(key16, 0, key24, 16, BLOCK);
        return key24;
    }
}
