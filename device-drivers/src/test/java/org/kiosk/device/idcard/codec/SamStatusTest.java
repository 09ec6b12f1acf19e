package org.kiosk.device.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.device.idcard.TestFrames.hex;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.idcard.IdCardError;

class SamStatusTest {

    private static SamReply decode(String frame) throws SamFrameException {
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(hex(frame));
        SamReply reply = decoder.next().orElseThrow();
        assertThat(decoder.buffered()).isZero();
        return reply;
    }

    @ParameterizedTest
    @CsvSource({
            "AA AA AA 96 69 00 04 00 00 90 94, SUCCESS, 0",
            "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97, FIND_CARD_SUCCESS, 4",
            "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C, SUCCESS, 8",
            "AA AA AA 96 69 00 04 00 00 80 84, FIND_CARD_FAILED, 0",
            "AA AA AA 96 69 00 04 00 00 81 85, SELECT_CARD_FAILED, 0",
            "AA AA AA 96 69 00 04 00 00 41 45, READ_FAILED, 0",
            "AA AA AA 96 69 00 04 00 00 60 64, SAM_SELF_TEST_FAILED, 0"})
    void knownRepliesOfTheNotes(String frame, SamStatus status, int dataLength) throws Exception {
        SamReply reply = decode(frame);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.sw1()).isZero();
        assertThat(reply.sw2()).isZero();
        assertThat(reply.dataLength()).isEqualTo(dataLength);
    }

    @ParameterizedTest
    @CsvSource({
            "90, SUCCESS, ", "91, NO_CONTENT, NO_FINGERPRINT_ON_CARD", "9F, FIND_CARD_SUCCESS, ",
            "10, HOST_CHECKSUM_ERROR, CHECKSUM_ERROR", "11, HOST_LENGTH_ERROR, FRAME_ERROR",
            "21, BAD_COMMAND, COMMAND_REJECTED", "23, UNAUTHORISED_OPERATION, COMMAND_REJECTED",
            "24, UNRECOGNISED_ERROR, READER_ERROR",
            "31, CARD_AUTHENTICATION_FAILED, AUTHENTICATION_FAILED",
            "32, SAM_AUTHENTICATION_FAILED, AUTHENTICATION_FAILED",
            "33, INFORMATION_VERIFICATION_FAILED, AUTHENTICATION_FAILED",
            "37, FINGERPRINT_VERIFICATION_ERROR, CARD_READ_FAILED",
            "3F, INFORMATION_LENGTH_ERROR, CARD_READ_FAILED", "40, UNKNOWN_CARD_TYPE, UNKNOWN_CARD_TYPE",
            "41, READ_FAILED, CARD_READ_FAILED", "47, RANDOM_NUMBER_FAILURE, AUTHENTICATION_FAILED",
            "60, SAM_SELF_TEST_FAILED, SAM_FAULT", "66, SAM_NOT_AUTHORISED, SAM_FAULT",
            "80, FIND_CARD_FAILED, NO_CARD", "81, SELECT_CARD_FAILED, SELECT_FAILED"})
    void everyCodeOfTheNotes(String code, SamStatus status, IdCardError error) {
        int sw3 = Integer.parseInt(code, 16);
        assertThat(SamStatus.of(sw3)).isEqualTo(status);
        assertThat(status.code()).isEqualTo(sw3);
        assertThat(status.error()).isEqualTo(Optional.ofNullable(error));
        assertThat(status.success()).isEqualTo(error == null);
        assertThat(status.meaning()).isNotBlank();
        assertThat(status.describe()).startsWith(code + " (");
    }

    @Test
    void theNotesListTwentyCodes() {
        assertThat(SamStatus.values()).hasSize(21).contains(SamStatus.UNKNOWN);
    }

    @Test
    void unlistedCodesAreUnknownReaderErrors() {
        int unknown = 0;
        for (int sw3 = 0; sw3 < 256; sw3++) {
            if (SamStatus.of(sw3) == SamStatus.UNKNOWN) {
                unknown++;
            }
        }
        assertThat(unknown).isEqualTo(256 - 20);
        assertThat(SamStatus.of(0x00).error()).contains(IdCardError.READER_ERROR);
        assertThat(SamStatus.UNKNOWN.describe()).startsWith("?? (");
    }

    @Test
    void whoFixesWhat() {
        assertThat(SamStatus.FIND_CARD_FAILED.action()).contains(ErrorAction.USER);
        assertThat(SamStatus.READ_FAILED.action()).contains(ErrorAction.USER);
        assertThat(SamStatus.CARD_AUTHENTICATION_FAILED.action()).contains(ErrorAction.USER);
        assertThat(SamStatus.SAM_SELF_TEST_FAILED.action()).contains(ErrorAction.MAINTENANCE);
        assertThat(SamStatus.SAM_NOT_AUTHORISED.action()).contains(ErrorAction.MAINTENANCE);
        assertThat(SamStatus.HOST_CHECKSUM_ERROR.action()).contains(ErrorAction.SUSPEND);
        assertThat(SamStatus.SUCCESS.action()).isEmpty();
    }

    @Test
    void everyErrorHasAPlainDescription() {
        for (IdCardError error : IdCardError.values()) {
            assertThat(error.description()).as(error.name()).endsWith(".").hasSizeGreaterThan(30);
        }
        assertThat(IdCardError.NO_DEVICE.action()).isEqualTo(ErrorAction.SUSPEND);
        assertThat(IdCardError.NOT_ANSWERING.action()).isEqualTo(ErrorAction.SUSPEND);
        assertThat(IdCardError.DOCUMENT_INVALID.action()).isEqualTo(ErrorAction.USER);
        assertThat(IdCardError.DOCUMENT_EXPIRED.action()).isEqualTo(ErrorAction.USER);
    }
}
