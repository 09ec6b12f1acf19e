package org.kiosk.app.appointments;

import java.util.function.Consumer;

/** Scanned codes for the screen that asks for them: the QR scanner, behind what the check-in screen needs of it. */
@FunctionalInterface
public interface CodeScans {

    /** No scanner: codes are typed. */
    CodeScans NONE = consumer -> () -> { };

    /**
     * Hands each scanned text to {@code consumer} (on the scanner's thread) until the returned handle is closed; a
     * scan that is not text (a passport zone, an unreadable read) is handed on as empty text, which no check accepts.
     */
    Armed arm(Consumer<String> consumer);

    /** Stops handing scans on. */
    interface Armed extends AutoCloseable {
        @Override
        void close();
    }
}
