package org.kiosk.device.printer.escpos;

import java.util.HexFormat;

/** Hex helpers so expected bytes read like the protocol notes ({@code "1B 61 01"}). */
final class Bytes {

    private Bytes() {
    }

    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    /** Index of the first occurrence of needle in haystack, or -1. */
    static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int count(byte[] haystack, byte[] needle) {
        int count = 0;
        for (int i = indexOf(haystack, needle); i >= 0; i = indexOf(haystack, needle, i + needle.length)) {
            count++;
        }
        return count;
    }
}
