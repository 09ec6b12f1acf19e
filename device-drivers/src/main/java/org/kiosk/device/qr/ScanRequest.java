package org.kiosk.device.qr;

/**
 * A screen's wish for scans, from {@link QrScanner#arm} until {@link #close()}: while it is open, scans go to its
 * consumer; before and after, they are dropped. A later {@code arm} ends it.
 */
public interface ScanRequest extends AutoCloseable {

    /** Whether scans still go to this request's consumer. */
    boolean isActive();

    /** Stops scans going to this request; harmless when already ended. */
    @Override
    void close();
}
