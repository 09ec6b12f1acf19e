package org.kiosk.device.qr;

import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/** What can go wrong with a QR scanner or a code read on it, and who can fix it. */
public enum QrScannerError implements DeviceErrorCode {
    TOO_LONG(ErrorAction.USER,
            "The code was longer than the kiosk accepts and was ignored; scan the code again, or ask at the counter."),
    NOT_TEXT(ErrorAction.USER,
            "The code could not be read as text (not UTF-8, or GB18030 where enabled, or line noise); scan it again."
                    + " If every code fails, a technician must check the scanner's character set setting."),
    NO_DEVICE(ErrorAction.SUSPEND, "The QR scanner is not connected; the driver keeps trying to reconnect.");

    private final ErrorAction action;
    private final String description;

    QrScannerError(ErrorAction action, String description) {
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
