package org.kiosk.sim.idcard;

import java.nio.charset.StandardCharsets;

/**
 * Stand-ins for the photo and fingerprint templates: fixed-size byte strings derived from a seed (the card's name),
 * the same on every run and every JDK. They only have to travel through the protocol intact; nothing decodes them.
 */
final class FakeBiometrics {

    /** Size of the WLT photo in a read reply. */
    static final int PHOTO_BYTES = 1024;
    /** Size of one fingerprint template. */
    static final int TEMPLATE_BYTES = 512;

    private FakeBiometrics() {
    }

    static byte[] photo(String seed) {
        return bytes(seed + "/photo", PHOTO_BYTES);
    }

    static byte[] fingerprint(String seed, int index) {
        return bytes(seed + "/fingerprint/" + index, TEMPLATE_BYTES);
    }

    // SplitMix64 over an FNV-1a hash of the seed: written out so that the bytes never depend on a library's choice
    private static byte[] bytes(String seed, int count) {
        long state = 0xcbf29ce484222325L;
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            state = (state ^ (b & 0xFF)) * 0x100000001b3L;
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count; i += 8) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            for (int j = 0; j < 8 && i + j < count; j++) {
                out[i + j] = (byte) (z >>> (8 * j));
            }
        }
        return out;
    }
}
