package org.kiosk.device.passport.lds;

import java.util.Arrays;

/** Reads the image out of an ISO/IEC 19794-5 facial record (the biometric data block of DG2). */
final class FacialRecord {

    private static final byte[] MAGIC = {'F', 'A', 'C', 0};
    private static final int GENERAL_HEADER = 14;
    private static final int FACIAL_HEADER = 20;
    private static final int FEATURE_POINT = 8;
    private static final int IMAGE_INFORMATION = 12;

    private FacialRecord() {
    }

    static FaceImage image(byte[] data, int from, int to) throws LdsFormatException {
        int length = to - from;
        if (length < GENERAL_HEADER + FACIAL_HEADER + IMAGE_INFORMATION) {
            throw new LdsFormatException("DG2 facial record of " + length + " bytes is shorter than its headers");
        }
        if (!Arrays.equals(data, from, from + 4, MAGIC, 0, 4)) {
            throw new LdsFormatException("DG2 biometric data block is not an ISO/IEC 19794-5 facial record");
        }
        int images = u16(data, from + 12);
        if (images < 1) {
            throw new LdsFormatException("DG2 facial record holds no image");
        }
        int record = from + GENERAL_HEADER;
        long blockLength = u32(data, record);
        int featurePoints = u16(data, record + 4);
        int information = record + FACIAL_HEADER + featurePoints * FEATURE_POINT;
        int imageStart = information + IMAGE_INFORMATION;
        long imageLength = blockLength - FACIAL_HEADER - (long) featurePoints * FEATURE_POINT - IMAGE_INFORMATION;
        if (imageStart > to || imageLength <= 0 || imageLength > to - imageStart) {
            throw new LdsFormatException("DG2 facial record's lengths do not fit its " + length + " bytes");
        }
        int dataType = data[information + 1] & 0xFF;
        byte[] image = Arrays.copyOfRange(data, imageStart, imageStart + (int) imageLength);
        try {
            return new FaceImage(format(dataType, image), image);
        } finally {
            Arrays.fill(image, (byte) 0);
        }
    }

    /** The image's own signature decides; the record's data type field (0 JPEG, 1 JPEG 2000) must agree with it. */
    private static ImageFormat format(int dataType, byte[] image) throws LdsFormatException {
        ImageFormat byMagic = startsWith(image, 0xFF, 0xD8, 0xFF) ? ImageFormat.JPEG
                : startsWith(image, 0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20) || startsWith(image, 0xFF, 0x4F, 0xFF, 0x51)
                        ? ImageFormat.JPEG2000 : null;
        if (byMagic == null) {
            throw new LdsFormatException("DG2 image is neither JPEG nor JPEG 2000");
        }
        ImageFormat declared = dataType == 0 ? ImageFormat.JPEG : dataType == 1 ? ImageFormat.JPEG2000 : null;
        if (declared != byMagic) {
            throw new LdsFormatException("DG2 image data type " + dataType + " does not match the image, a " + byMagic);
        }
        return byMagic;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) << 8 | (d[at + 1] & 0xFF);
    }

    private static long u32(byte[] d, int at) {
        return (long) u16(d, at) << 16 | u16(d, at + 2);
    }
}
