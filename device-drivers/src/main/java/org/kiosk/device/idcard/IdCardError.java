package org.kiosk.device.idcard;

import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/**
 * What can go wrong with an ID-card reader or the card on it, and who can fix it. Failed card-to-SAM
 * authentication is the citizen's to retry: it nearly always comes from a card moved or badly placed during
 * the exchange; a reader whose security module is at fault reports {@link #SAM_FAULT} instead.
 */
public enum IdCardError implements DeviceErrorCode {
    NO_CARD(ErrorAction.USER, "No ID card was found on the reader; place the card flat on the reader."),
    CARD_READ_FAILED(ErrorAction.USER,
            "The card could not be read; remove it and place it flat on the reader again, without moving it."),
    SELECT_FAILED(ErrorAction.USER,
            "The card was found but could not be selected; remove it and place it on the reader again."),
    NO_FINGERPRINT_ON_CARD(ErrorAction.USER,
            "The card holds no fingerprint templates, so fingerprint verification is not possible with it;"
                    + " another way of verifying the person is needed."),
    AUTHENTICATION_FAILED(ErrorAction.USER,
            "The card and the reader's security module did not authenticate each other; place the card again."
                    + " If it keeps failing, the card may be damaged and staff should check it."),
    UNKNOWN_CARD_TYPE(ErrorAction.USER,
            "The card on the reader is not an identity document the reader knows; use a resident ID card,"
                    + " a residence permit or a foreigner permanent residence card."),
    DOCUMENT_INVALID(ErrorAction.USER,
            "The document's data is not valid (a bad check digit or an unreadable field); staff should check the"
                    + " document."),
    DOCUMENT_EXPIRED(ErrorAction.USER, "The document has expired; a valid document is needed."),
    SAM_FAULT(ErrorAction.MAINTENANCE,
            "The reader's security module (SAM) failed its self-test or is not authorised; a technician must"
                    + " check the reader."),
    COMMAND_REJECTED(ErrorAction.MAINTENANCE,
            "The reader rejected a command as unknown, badly formed or not allowed; the reader model may not be"
                    + " supported, a technician must check it."),
    READER_ERROR(ErrorAction.MAINTENANCE,
            "The reader reports an error it does not name; if it repeats, a technician must check the reader."),
    CHECKSUM_ERROR(ErrorAction.SUSPEND,
            "A frame between the kiosk and the reader arrived with a bad checksum, usually noise on the line;"
                    + " the command is repeated."),
    FRAME_ERROR(ErrorAction.MAINTENANCE,
            "A frame between the kiosk and the reader had a wrong length or shape; check the baud rate and that"
                    + " the reader speaks the GA 467 SAM protocol."),
    NO_DEVICE(ErrorAction.SUSPEND, "The ID-card reader is not connected; the driver keeps trying to reconnect."),
    NOT_ANSWERING(ErrorAction.SUSPEND, "The ID-card reader does not answer; the driver keeps trying.");

    private final ErrorAction action;
    private final String description;

    IdCardError(ErrorAction action, String description) {
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
