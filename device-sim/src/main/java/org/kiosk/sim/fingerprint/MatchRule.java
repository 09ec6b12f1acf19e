package org.kiosk.sim.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How the emulated module decides that two 512-byte templates come from the same finger; nothing here resembles
 * real minutiae matching, it only has to be deterministic and easy to script.
 *
 * <ul>
 *   <li>The live features of the person whose card template is {@code T} are {@code T XOR M}, {@code M} a fixed
 *       mask ({@link #liveOf}); so the module can tell a capture of that finger from its card template and back.</li>
 *   <li>Same bytes: score {@value #SAME_FEATURES_SCORE}. One the other's live features (or its card template):
 *       score {@value #SAME_PERSON_SCORE}.</li>
 *   <li>Anything else: a score of 0 to {@value #MAX_STRANGER_SCORE}, derived from both templates. A blank template
 *       (all zeros: an empty buffer or page) scores 0 against anything.</li>
 *   <li>The module's threshold is {@code 20 + 10 × security level} (30 to 70): every level accepts the same person
 *       and refuses a stranger.</li>
 * </ul>
 */
final class MatchRule {

    static final int TEMPLATE_BYTES = 512;
    static final int SAME_FEATURES_SCORE = 200;
    static final int SAME_PERSON_SCORE = 150;
    static final int MAX_STRANGER_SCORE = 29;

    private static final byte[] LIVE_MASK = pseudoRandom("r30x-sim/live-finger-mask");
    private static final byte[] STRANGER = pseudoRandom("r30x-sim/stranger");

    private MatchRule() {
    }

    /** The live features of the finger whose card template is {@code cardTemplate}. */
    static byte[] liveOf(byte[] cardTemplate) {
        checkSize(cardTemplate);
        byte[] live = new byte[TEMPLATE_BYTES];
        for (int i = 0; i < TEMPLATE_BYTES; i++) {
            live[i] = (byte) (cardTemplate[i] ^ LIVE_MASK[i]);
        }
        return live;
    }

    /** A finger that matches no card's template. */
    static byte[] stranger() {
        return STRANGER.clone();
    }

    static int score(byte[] a, byte[] b) {
        if (isBlank(a) || isBlank(b)) {
            return 0;
        }
        if (Arrays.equals(a, b)) {
            return SAME_FEATURES_SCORE;
        }
        if (Arrays.equals(a, liveOf(b))) {
            return SAME_PERSON_SCORE;
        }
        int mixed = 0;
        for (int i = 0; i < TEMPLATE_BYTES; i++) {
            mixed = mixed * 31 + ((a[i] ^ b[i]) & 0xFF);
        }
        return Math.floorMod(mixed, MAX_STRANGER_SCORE + 1);
    }

    static int threshold(int securityLevel) {
        return 20 + 10 * securityLevel;
    }

    static void checkSize(byte[] template) {
        if (template.length != TEMPLATE_BYTES) {
            throw new IllegalArgumentException("a template has " + TEMPLATE_BYTES + " bytes, got "
                    + template.length);
        }
    }

    private static boolean isBlank(byte[] template) {
        for (byte b : template) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    // SplitMix64 over an FNV-1a hash of the seed: written out so that the bytes never depend on a library's choice
    private static byte[] pseudoRandom(String seed) {
        long state = 0xcbf29ce484222325L;
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            state = (state ^ (b & 0xFF)) * 0x100000001b3L;
        }
        byte[] out = new byte[TEMPLATE_BYTES];
        for (int i = 0; i < TEMPLATE_BYTES; i += 8) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            for (int j = 0; j < 8; j++) {
                out[i + j] = (byte) (z >>> (8 * j));
            }
        }
        return out;
    }
}
