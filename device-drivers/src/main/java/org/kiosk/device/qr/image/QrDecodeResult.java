package org.kiosk.device.qr.image;

import java.util.List;
import java.util.Optional;

/**
 * The codes found in one frame.
 *
 * @param codes    the codes, each once, in the order found
 * @param oversize how many codes were dropped for text longer than {@link QrImageDecoder#MAX_TEXT_LENGTH}
 * @param pass     the pass that found them, if any did: tells how hard the frame was
 */
public record QrDecodeResult(List<DecodedQr> codes, int oversize, Optional<QrImageDecoder.Pass> pass) {

    public QrDecodeResult {
        codes = List.copyOf(codes);
    }

    static QrDecodeResult none() {
        return new QrDecodeResult(List.of(), 0, Optional.empty());
    }

    public boolean found() {
        return !codes.isEmpty();
    }
}
