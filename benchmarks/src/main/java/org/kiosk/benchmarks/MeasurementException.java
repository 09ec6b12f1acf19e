package org.kiosk.benchmarks;

/** A harness could not take its measurements: the emulator or driver did not behave as a round needs. */
public final class MeasurementException extends Exception {

    MeasurementException(String message) {
        super(message);
    }

    MeasurementException(String message, Throwable cause) {
        super(message, cause);
    }
}
