package org.kiosk.device.printer.pdf;

/**
 * A receipt could not be turned into a PDF: the configured font is missing or unusable, or an element cannot be drawn
 * (a QR payload too long for any QR code). Messages name the cause, never the receipt's text.
 */
public class ReceiptPdfException extends Exception {

    public ReceiptPdfException(String message) {
        super(message);
    }

    public ReceiptPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
