package org.kiosk.platform.code;

import java.util.Arrays;
import java.util.Base64;

/**
 * Base64url without padding (RFC 7515 §2), decoded strictly: only the URL-safe alphabet, no padding, no whitespace,
 * and the unused low bits of the last character must be zero, so every byte string has exactly one encoding and a
 * signature cannot be "tampered" into an equivalent text.
 */
final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** @throws IllegalArgumentException naming what is wrong, never echoing the input */
    static byte[] decode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!alphabet) {
                throw new IllegalArgumentException("character " + i + " is outside the base64url alphabet");
            }
        }
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("length " + text.length() + " is not a possible base64url length");
        }
        byte[] bytes = DECODER.decode(text);
        if (!Arrays.equals(ENCODER.encode(bytes), text.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("the last character has non-zero unused bits");
        }
        return bytes;
    }
}
