package org.kiosk.device.fingerprint.codec;

/**
 * The answer to Match: how alike character buffers 1 and 2 are. The module answers OK once the score reaches
 * its security level's threshold; the kiosk compares the score with its own configured threshold as well.
 */
public record MatchResult(int score) {
}
