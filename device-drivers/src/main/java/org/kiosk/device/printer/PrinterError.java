package org.kiosk.device.printer;

import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/** What can go wrong with a receipt printer, and who can fix it. */
public enum PrinterError implements DeviceErrorCode {
    PAPER_OUT(ErrorAction.CLEAR, "The printer is out of paper; load a new paper roll."),
    COVER_OPEN(ErrorAction.CLEAR, "The printer cover is open; close it."),
    OFFLINE(ErrorAction.SUSPEND, "The printer is offline; it usually comes back by itself."),
    CUTTER_ERROR(ErrorAction.MAINTENANCE, "The paper cutter has failed; a technician must check it."),
    UNRECOVERABLE_ERROR(ErrorAction.MAINTENANCE, "The printer reports an unrecoverable error; a technician must check it."),
    RECOVERABLE_ERROR(ErrorAction.SUSPEND, "The printer reports a temporary error (e.g. print head too hot); it clears by itself."),
    NO_DEVICE(ErrorAction.SUSPEND, "The printer is not connected; the driver keeps trying to reconnect."),
    NOT_ANSWERING(ErrorAction.SUSPEND, "The printer does not answer status requests; the driver keeps trying."),
    MALFORMED_STATUS(ErrorAction.MAINTENANCE, "The printer sent a status answer that does not fit the protocol; check the printer model and profile."),
    JOB_INTERRUPTED(ErrorAction.SUSPEND, "A print job was interrupted before it completed; it can be printed again."),
    RECEIPT_TOO_LARGE(ErrorAction.MAINTENANCE, "The receipt has content too large for the printer (e.g. a QR payload or image); the receipt layout must change."),
    RECEIPT_INVALID(ErrorAction.MAINTENANCE, "The receipt cannot be printed with this printer profile; the receipt layout or profile must change.");

    private final ErrorAction action;
    private final String description;

    PrinterError(ErrorAction action, String description) {
        this.action = action;
        this.description = description;
    }

    @Override
    public ErrorAction action() {
        return action;
    }

    @Override
    public String description() {
        return description;
    }
}
