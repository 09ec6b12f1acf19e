package org.kiosk.sim.passport;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chip's side of BAC cryptography, written from ICAO Doc 9303 part 11 independently of the driver: key
 * derivation from SHA-1, two-key 3DES-CBC with zero IV, ISO 9797-1 padding method 2 and MAC algorithm 3.
 */
final class ChipCrypto {

    private ChipCrypto() {
    }

    /** Kseed from the MRZ information: document number, birth date and expiry, each followed by its check digit. */
    static byte[] seed(String mrzInformation) {
        return Arrays.copyOf(sha1(mrzInformation.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 16);
    }

    /** K_enc (counter 1) or K_mac (counter 2), parity bits set odd. */
    static byte[] key(byte[] seed, int counter) {
        byte[] d = new byte[seed.length + 4];
        System.arraycopy(seed, 0, d, 0, seed.length);
        d[d.length - 1] = (byte) counter;
        byte[] k = Arrays.copyOf(sha1(d), 16);
        for (int i = 0; i < k.length; i++) {
            int ones = Integer.bitCount(k[i] & 0xFE);
            k[i] = (byte) ((k[i] & 0xFE) | (ones % 2 == 0 ? 1 : 0));
        }
        return k;
    }

    static byte[] pad(byte[] data) {
        int length = data.length + 8 - data.length % 8;
        byte[] p = Arrays.copyOf(data, length);
        p[data.length] = (byte) 0x80;
        return p;
    }

    /** Strips method-2 padding; null when it is not there. */
    static byte[] unpad(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        return i >= 0 && data[i] == (byte) 0x80 ? Arrays.copyOf(data, i) : null;
    }

    static byte[] encrypt(byte[] key, byte[] data) {
        return des3(Cipher.ENCRYPT_MODE, key, data);
    }

    static byte[] decrypt(byte[] key, byte[] data) {
        return des3(Cipher.DECRYPT_MODE, key, data);
    }

    /** ISO 9797-1 MAC algorithm 3 over {@code data} padded with method 2. */
    static byte[] mac(byte[] key, byte[] data) {
        byte[] padded = pad(data);
        try {
            Cipher a = Cipher.getInstance("DES/ECB/NoPadding");
            a.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, 8, "DES"));
            byte[] h = new byte[8];
            for (int at = 0; at < padded.length; at += 8) {
                for (int i = 0; i < 8; i++) {
                    h[i] ^= padded[at + i];
                }
                h = a.doFinal(h);
            }
            Cipher b = Cipher.getInstance("DES/ECB/NoPadding");
            b.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, 8, 8, "DES"));
            return a.doFinal(b.doFinal(h));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean macMatches(byte[] key, byte[] data, byte[] mac) {
        return MessageDigest.isEqual(mac(key, data), mac);
    }

    private static byte[] des3(int mode, byte[] key, byte[] data) {
        try {
            byte[] k = new byte[24];
            System.arraycopy(key, 0, k, 0, 16);
            System.arraycopy(key, 0, k, 16, 8);
            Cipher c = Cipher.getInstance("DESede/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(k, "DESede"), new IvParameterSpec(new byte[8]));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
