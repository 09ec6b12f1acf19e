package org.kiosk.device.fingerprint.codec;

import java.util.Optional;
import org.kiosk.device.codec.StatusByte;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * The confirmation code that opens every acknowledgement, with its meaning and, for failures, the typed error
 * it amounts to. A code the protocol notes do not list is {@link #UNKNOWN}; the raw byte stays in
 * {@link Acknowledgement#code()}.
 */
public enum Confirmation implements StatusByte<FingerprintError> {
    OK(0x00, "the command succeeded", null),
    PACKET_RECEIVE_ERROR(0x01, "the module received a damaged packet", FingerprintError.PACKET_ERROR),
    NO_FINGER(0x02, "no finger is on the sensor", FingerprintError.NO_FINGER),
    CAPTURE_FAILED(0x03, "the sensor failed to capture the finger", FingerprintError.CAPTURE_FAILED),
    IMAGE_TOO_MESSY(0x06, "the finger image is too messy to find features in", FingerprintError.POOR_IMAGE),
    TOO_FEW_FEATURES(0x07, "the finger image has too few feature points", FingerprintError.POOR_IMAGE),
    NO_MATCH(0x08, "the finger does not match", FingerprintError.NO_MATCH),
    NOT_FOUND(0x09, "no stored template matches the finger", FingerprintError.NOT_FOUND),
    COMBINE_FAILED(0x0A, "the two feature buffers could not be combined into a template",
            FingerprintError.COMBINE_FAILED),
    PAGE_OUT_OF_RANGE(0x0B, "the template page is beyond the library", FingerprintError.PAGE_OUT_OF_RANGE),
    TEMPLATE_READ_ERROR(0x0C, "the template could not be read from the library or is not valid",
            FingerprintError.TEMPLATE_READ_FAILED),
    TEMPLATE_UPLOAD_FAILED(0x0D, "the template could not be sent to the host",
            FingerprintError.TEMPLATE_TRANSFER_FAILED),
    CANNOT_RECEIVE_PACKETS(0x0E, "the module cannot receive the data packets that follow",
            FingerprintError.TEMPLATE_TRANSFER_FAILED),
    IMAGE_UPLOAD_FAILED(0x0F, "the image could not be sent to the host", FingerprintError.TEMPLATE_TRANSFER_FAILED),
    DELETE_FAILED(0x10, "the templates could not be deleted", FingerprintError.FLASH_ERROR),
    EMPTY_FAILED(0x11, "the library could not be emptied", FingerprintError.FLASH_ERROR),
    WRONG_PASSWORD(0x13, "the password is wrong", FingerprintError.WRONG_PASSWORD),
    NO_VALID_IMAGE(0x15, "there is no valid image in the image buffer", FingerprintError.POOR_IMAGE),
    FLASH_WRITE_ERROR(0x18, "writing to flash memory failed", FingerprintError.FLASH_ERROR),
    INVALID_REGISTER(0x1A, "the system register number is not valid", FingerprintError.COMMAND_REJECTED),
    WRONG_ADDRESS(0x20, "the address is wrong", FingerprintError.WRONG_ADDRESS),
    PASSWORD_REQUIRED(0x21, "the password must be verified first", FingerprintError.PASSWORD_REQUIRED),
    /** A code the protocol notes do not list. */
    UNKNOWN(-1, "a confirmation code the protocol does not define", FingerprintError.MODULE_ERROR);

    private static final Confirmation[] BY_CODE = StatusByte.tableOf(values());

    private final int code;
    private final String meaning;
    private final FingerprintError error;

    Confirmation(int code, String meaning, FingerprintError error) {
        this.code = code;
        this.meaning = meaning;
        this.error = error;
    }

    /** The confirmation for a code byte (only its low 8 bits count). */
    public static Confirmation of(int code) {
        return StatusByte.lookup(BY_CODE, code, UNKNOWN);
    }

    /** The code byte, 0..255, or -1 for {@link #UNKNOWN}. */
    @Override
    public int code() {
        return code;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** The typed error a failure amounts to; empty for {@link #OK}. */
    @Override
    public Optional<FingerprintError> error() {
        return Optional.ofNullable(error);
    }
}
