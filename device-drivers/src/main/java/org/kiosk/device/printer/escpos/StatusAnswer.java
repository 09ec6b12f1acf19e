package org.kiosk.device.printer.escpos;

/** A decoded answer to one {@link StatusQuery}. */
public sealed interface StatusAnswer {

    StatusQuery query();

    /** {@code DLE EOT 1}. */
    record PrinterStatus(boolean offline) implements StatusAnswer {
        @Override
        public StatusQuery query() {
            return StatusQuery.PRINTER;
        }
    }

    /** {@code DLE EOT 2}: why the printer is offline. */
    record OfflineCause(boolean coverOpen, boolean paperFedByButton, boolean stoppedAtPaperEnd, boolean errorOccurred)
            implements StatusAnswer {
        @Override
        public StatusQuery query() {
            return StatusQuery.OFFLINE_CAUSE;
        }
    }

    /** {@code DLE EOT 3}: which error the printer has. */
    record ErrorCause(boolean autocutterError, boolean unrecoverableError, boolean autoRecoverableError)
            implements StatusAnswer {
        @Override
        public StatusQuery query() {
            return StatusQuery.ERROR_CAUSE;
        }
    }

    /** {@code DLE EOT 4}: the paper roll sensors, read with the profile's bit masks. */
    record PaperSensor(boolean nearEnd, boolean paperEnd) implements StatusAnswer {
        @Override
        public StatusQuery query() {
            return StatusQuery.PAPER_SENSOR;
        }
    }
}
