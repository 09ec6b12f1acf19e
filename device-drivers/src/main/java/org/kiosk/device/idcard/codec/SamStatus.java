package org.kiosk.device.idcard.codec;

import java.util.Optional;
import org.kiosk.device.codec.StatusByte;
import org.kiosk.device.idcard.IdCardError;

/**
 * The status byte SW3 of every reply, with its meaning and, for failures, the typed error it amounts to.
 * A code the notes do not list is {@link #UNKNOWN}; the raw byte stays in {@link SamReply#sw3()}.
 */
public enum SamStatus implements StatusByte<IdCardError> {
    SUCCESS(0x90, "success", null),
    NO_CONTENT(0x91, "the card has no such content (e.g. no fingerprint templates)", IdCardError.NO_FINGERPRINT_ON_CARD),
    FIND_CARD_SUCCESS(0x9F, "a card was found", null),
    HOST_CHECKSUM_ERROR(0x10, "the reader received a command with a bad checksum", IdCardError.CHECKSUM_ERROR),
    HOST_LENGTH_ERROR(0x11, "the reader received a command with a wrong length", IdCardError.FRAME_ERROR),
    BAD_COMMAND(0x21, "the reader does not know the command or its parameter", IdCardError.COMMAND_REJECTED),
    UNAUTHORISED_OPERATION(0x23, "the operation is not allowed", IdCardError.COMMAND_REJECTED),
    UNRECOGNISED_ERROR(0x24, "the reader reports an error it cannot name", IdCardError.READER_ERROR),
    CARD_AUTHENTICATION_FAILED(0x31, "the card failed to authenticate the SAM", IdCardError.AUTHENTICATION_FAILED),
    SAM_AUTHENTICATION_FAILED(0x32, "the SAM failed to authenticate the card", IdCardError.AUTHENTICATION_FAILED),
    INFORMATION_VERIFICATION_FAILED(0x33, "the card's information failed verification", IdCardError.AUTHENTICATION_FAILED),
    FINGERPRINT_VERIFICATION_ERROR(0x37, "the card's fingerprint data failed verification", IdCardError.CARD_READ_FAILED),
    INFORMATION_LENGTH_ERROR(0x3F, "the card's information has a wrong length", IdCardError.CARD_READ_FAILED),
    UNKNOWN_CARD_TYPE(0x40, "the card is of a type the reader does not know", IdCardError.UNKNOWN_CARD_TYPE),
    READ_FAILED(0x41, "reading the card failed", IdCardError.CARD_READ_FAILED),
    RANDOM_NUMBER_FAILURE(0x47, "the card did not give the random number authentication needs", IdCardError.AUTHENTICATION_FAILED),
    SAM_SELF_TEST_FAILED(0x60, "the SAM failed its self-test", IdCardError.SAM_FAULT),
    SAM_NOT_AUTHORISED(0x66, "the SAM is not authorised", IdCardError.SAM_FAULT),
    FIND_CARD_FAILED(0x80, "no card was found", IdCardError.NO_CARD),
    SELECT_CARD_FAILED(0x81, "the card could not be selected", IdCardError.SELECT_FAILED),
    /** A code the protocol notes do not list. */
    UNKNOWN(-1, "a status code the protocol does not define", IdCardError.READER_ERROR);

    private static final SamStatus[] BY_CODE = StatusByte.tableOf(values());

    private final int code;
    private final String meaning;
    private final IdCardError error;

    SamStatus(int code, String meaning, IdCardError error) {
        this.code = code;
        this.meaning = meaning;
        this.error = error;
    }

    /** The status for an SW3 byte (only its low 8 bits count). */
    public static SamStatus of(int sw3) {
        return StatusByte.lookup(BY_CODE, sw3, UNKNOWN);
    }

    /** The SW3 byte, 0..255, or -1 for {@link #UNKNOWN}. */
    @Override
    public int code() {
        return code;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** The typed error a failure amounts to; empty for {@link #SUCCESS} and {@link #FIND_CARD_SUCCESS}. */
    @Override
    public Optional<IdCardError> error() {
        return Optional.ofNullable(error);
    }
}
