package org.kiosk.device.passport;

import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/** What can go wrong with a passport reader or the chip on it, and who can fix it. */
public enum PassportError implements DeviceErrorCode {
    NO_READER(ErrorAction.SUSPEND, "No PC/SC reader matching the configured name is attached; the driver keeps looking."),
    PCSC_UNAVAILABLE(ErrorAction.SUSPEND, "The PC/SC service (pcscd) does not answer; the driver keeps trying."),
    PCSC_RESTART_NEEDED(ErrorAction.MAINTENANCE,
            "pcscd restarted and Java's PC/SC context cannot be renewed in this process (run with"
                    + " --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED, or restart the application)."),
    NO_CHIP(ErrorAction.USER, "No passport chip was found; place the passport's data page flat on the reader."),
    NOT_AN_EMRTD(ErrorAction.USER, "The chip on the reader is not an electronic passport or travel document."),
    INVALID_ACCESS_KEY(ErrorAction.USER,
            "The document number, birth date or expiry date given for the chip is not valid MRZ data; scan the data page again."),
    ACCESS_DENIED(ErrorAction.USER,
            "The chip refused access: the machine-readable zone read does not belong to this passport; scan the data page again."),
    CHIP_REMOVED(ErrorAction.USER, "The passport was moved off the reader during the read; place it again and keep it still."),
    CHIP_ERROR(ErrorAction.USER, "The chip answered with an unexpected status; place the passport again. If it repeats, staff should check it."),
    SECURE_MESSAGING_FAILED(ErrorAction.USER,
            "The chip's protected answer did not check out (wrong MAC or format); place the passport again."),
    DATA_MALFORMED(ErrorAction.USER, "A file read from the chip is not valid; staff should check the document."),
    UNSUPPORTED_DOCUMENT(ErrorAction.USER,
            "The chip uses a feature this reader does not support (a file over 32 KB); the document must be checked by staff.");

    private final ErrorAction action;
    private final String description;

    PassportError(ErrorAction action, String description) {
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
