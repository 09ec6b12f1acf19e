package org.kiosk.sim.printer;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A QR symbol to print: the data stored by {@code GS ( k} function 80 with the parameters set before
 * function 81 asked to print it.
 *
 * @param data        the stored bytes, encoded in byte mode exactly as received
 * @param moduleSize  dots per module, 1-16 (function 67; 3 by default)
 * @param errorCorrection level set by function 69 (L by default)
 * @param model       1 or 2 (function 65; 2 by default); model 1 is rendered as model 2
 */
public record QrRequest(byte[] data, int moduleSize, ErrorCorrectionLevel errorCorrection, int model) {

    public QrRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The data read as UTF-8, as phones read a URL. */
    public String payloadText() {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QrRequest q && Arrays.equals(data, q.data) && moduleSize == q.moduleSize
                && errorCorrection == q.errorCorrection && model == q.model;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + moduleSize;
    }

    @Override
    public String toString() {
        return "QrRequest[" + data.length + " bytes, module " + moduleSize + ", EC " + errorCorrection
                + ", model " + model + "]";
    }
}
