package org.kiosk.device.printer.escpos;

import java.util.Objects;
import org.kiosk.device.printer.PrinterError;

/**
 * A receipt that cannot be turned into printer bytes with the given profile: a QR payload or image too large,
 * or a layout the profile cannot hold. Messages name sizes and limits, never the receipt's text.
 */
public class ReceiptEncodingException extends Exception {

    private final PrinterError code;

    public ReceiptEncodingException(PrinterError code, String message) {
        this(code, message, null);
    }

    public ReceiptEncodingException(PrinterError code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
    }

    /** {@link PrinterError#RECEIPT_TOO_LARGE} or {@link PrinterError#RECEIPT_INVALID}. */
    public PrinterError code() {
        return code;
    }
}
