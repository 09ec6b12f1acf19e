package org.kiosk.app.ui.service;

/** QR codes for the screen: the receipt's tracking code, and "continue on your phone". */
public interface QrImages {

    /** A PNG of {@code payload} as a QR code, {@code modulePixels} per module. */
    byte[] png(String payload, int modulePixels);
}
