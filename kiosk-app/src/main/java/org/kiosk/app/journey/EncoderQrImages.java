package org.kiosk.app.journey;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.kiosk.app.ui.service.QrImages;
import org.kiosk.device.qr.image.QrEncoder;
import org.kiosk.device.qr.image.QrEncodingException;

/** QR images for the screen, with the standard quiet zone and medium error correction. */
public final class EncoderQrImages implements QrImages {

    @Override
    public byte[] png(String payload, int modulePixels) {
        try {
            return QrEncoder.png(payload, ErrorCorrectionLevel.M, QrEncoder.STANDARD_QUIET_ZONE_MODULES, modulePixels);
        } catch (QrEncodingException e) {
            throw new IllegalArgumentException("no QR code holds a payload of " + payload.length() + " characters", e);
        }
    }
}
