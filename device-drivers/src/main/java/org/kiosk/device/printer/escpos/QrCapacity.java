package org.kiosk.device.printer.escpos;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;

/** Sizes of QR symbols holding data in byte mode with error correction M, for printers that draw QR codes themselves. */
final class QrCapacity {

    private QrCapacity() {
    }

    /** The smallest version (1..40) that holds that many bytes, or -1 if none does. */
    static int versionFor(int bytes) {
        for (int number = 1; number <= 40; number++) {
            Version version = Version.getVersionForNumber(number);
            int dataBits = 8 * (version.getTotalCodewords() - version.getECBlocksForLevel(ErrorCorrectionLevel.M).getTotalECCodewords());
            long neededBits = 4L + Mode.BYTE.getCharacterCountBits(version) + 8L * bytes;
            if (neededBits <= dataBits) {
                return number;
            }
        }
        return -1;
    }

    /** Modules across a symbol of that version, quiet zone excluded. */
    static int modulesAcross(int version) {
        return 17 + 4 * version;
    }
}
