package org.kiosk.device.fingerprint;

import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/**
 * What can go wrong with a fingerprint module or the finger on it, and who can fix it. A bad capture is the
 * citizen's to retry; a module that rejects its password, address or flash writes needs a technician; line
 * noise and transfer failures clear when the command is repeated.
 */
public enum FingerprintError implements DeviceErrorCode {
    NO_FINGER(ErrorAction.USER, "No finger was found on the sensor; place a finger flat on the sensor."),
    POOR_IMAGE(ErrorAction.USER,
            "The finger image was too unclear to use; lift the finger and place it again, flat and still,"
                    + " after wiping the finger and the sensor if they are wet or dirty."),
    NO_MATCH(ErrorAction.USER,
            "The finger does not match the fingerprint it was compared with; try again with the finger the"
                    + " ID card holds, or use another way of verifying the person."),
    NOT_FOUND(ErrorAction.USER, "No fingerprint stored in the module matches the finger."),
    CAPTURE_FAILED(ErrorAction.USER,
            "The sensor could not capture the finger; place the finger again. If it keeps failing, a technician"
                    + " must check the sensor."),
    COMBINE_FAILED(ErrorAction.USER,
            "Two captures of the finger could not be combined into one template; place the same finger again."),
    TEMPLATE_TRANSFER_FAILED(ErrorAction.SUSPEND,
            "A template or image could not be transferred between the kiosk and the module, usually noise on the"
                    + " line; the transfer is repeated."),
    TEMPLATE_READ_FAILED(ErrorAction.MAINTENANCE,
            "The module could not read a template from its library, or the template is not valid; a technician"
                    + " must check the module."),
    PAGE_OUT_OF_RANGE(ErrorAction.MAINTENANCE,
            "A template page number is beyond the module's library; check the configured page against the"
                    + " module's capacity."),
    FLASH_ERROR(ErrorAction.MAINTENANCE,
            "The module could not write, delete or empty its template library in flash memory; a technician must"
                    + " check or replace the module."),
    WRONG_PASSWORD(ErrorAction.MAINTENANCE,
            "The module rejected the password; the configured module password must match the module's."),
    PASSWORD_REQUIRED(ErrorAction.MAINTENANCE,
            "The module requires its password to be verified before other commands; the driver configuration must"
                    + " enable the password check."),
    WRONG_ADDRESS(ErrorAction.MAINTENANCE,
            "The module's address does not match the configured one; the configured address must match the"
                    + " module's."),
    COMMAND_REJECTED(ErrorAction.MAINTENANCE,
            "The module rejected a command or parameter (e.g. an unknown system register); the module model may"
                    + " not be supported, a technician must check it."),
    MODULE_ERROR(ErrorAction.MAINTENANCE,
            "The module reports an error it does not name; if it repeats, a technician must check the module."),
    PACKET_ERROR(ErrorAction.SUSPEND,
            "The module received a damaged packet, usually noise on the line; the command is repeated."),
    CHECKSUM_ERROR(ErrorAction.SUSPEND,
            "A packet from the module arrived with a bad checksum, usually noise on the line; the command is"
                    + " repeated."),
    FRAME_ERROR(ErrorAction.MAINTENANCE,
            "A packet from the module had a wrong length, type or shape; check the baud rate and that the module"
                    + " speaks the AS608/R30x protocol."),
    NO_DEVICE(ErrorAction.SUSPEND, "The fingerprint module is not connected; the driver keeps trying to reconnect."),
    NOT_ANSWERING(ErrorAction.SUSPEND, "The fingerprint module does not answer; the driver keeps trying."),
    CANCELLED(ErrorAction.USER, "Fingerprint capture was cancelled before a finger was placed."),
    TIMED_OUT(ErrorAction.USER,
            "No finger was placed on the sensor in time; place a finger flat on the sensor when asked.");

    private final ErrorAction action;
    private final String description;

    FingerprintError(ErrorAction action, String description) {
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
