package org.kiosk.device.fingerprint.codec;

/** The answer to Search: the library page of the best matching template and its score. */
public record SearchResult(int page, int score) {
}
