package org.kiosk.sim.printer;

/**
 * Receives what {@link EscPosInterpreter} understood, in stream order. Modal settings (justification, emphasis,
 * sizes, Chinese mode, QR parameters) are tracked by the interpreter and arrive attached to what they affect.
 */
public interface EscPosHandler {

    /** A run of printable characters, decoded to Unicode, all in one style. */
    void text(String text, PrintStyle style);

    /** {@code LF}: print the line buffer and feed one line. */
    void lineFeed();

    /**
     * {@code CR}: the printer prints on {@code LF} only, so this changes nothing; reported for checkers that
     * must not see it (a stray CR in a receipt is a control character leaked from its text).
     */
    default void carriageReturn() {
    }

    /** {@code ESC @}: the line buffer is cleared and modes are back to their defaults. */
    void initialise();

    /** {@code GS V}: feed {@code feedDots} (0 for the plain forms), then cut. */
    void cut(CutMode mode, int feedDots);

    /** {@code GS ( k} function 80: QR data stored for a later print. */
    void qrDataStored(byte[] data);

    /** {@code GS ( k} function 81 with stored data. */
    void printQr(QrRequest request, Justification justification);

    /** {@code GS v 0}. */
    void printRaster(RasterImage image, Justification justification);

    /** {@code GS a n}: automatic status back enabled for the bits in n (0 disables it). */
    void automaticStatusBack(int n);

    /** {@code DLE EOT n} with n in 1-4: the host waits for one status byte now. */
    void realTimeStatusRequest(int n);
}
