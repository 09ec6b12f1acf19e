package org.kiosk.device.passport.lds;

/** How a face image in DG2 is encoded (ISO/IEC 19794-5 image data type). */
public enum ImageFormat {
    JPEG("image/jpeg"),
    JPEG2000("image/jp2");

    private final String mimeType;

    ImageFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }
}
