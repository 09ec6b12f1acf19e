package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.fingerprint.FingerprintError;

class ConfirmationTest {

    @ParameterizedTest
    @CsvSource({
            "00, OK, ", "01, PACKET_RECEIVE_ERROR, PACKET_ERROR", "02, NO_FINGER, NO_FINGER",
            "03, CAPTURE_FAILED, CAPTURE_FAILED", "06, IMAGE_TOO_MESSY, POOR_IMAGE",
            "07, TOO_FEW_FEATURES, POOR_IMAGE", "08, NO_MATCH, NO_MATCH", "09, NOT_FOUND, NOT_FOUND",
            "0A, COMBINE_FAILED, COMBINE_FAILED", "0B, PAGE_OUT_OF_RANGE, PAGE_OUT_OF_RANGE",
            "0C, TEMPLATE_READ_ERROR, TEMPLATE_READ_FAILED",
            "0D, TEMPLATE_UPLOAD_FAILED, TEMPLATE_TRANSFER_FAILED",
            "0E, CANNOT_RECEIVE_PACKETS, TEMPLATE_TRANSFER_FAILED",
            "0F, IMAGE_UPLOAD_FAILED, TEMPLATE_TRANSFER_FAILED", "10, DELETE_FAILED, FLASH_ERROR",
            "11, EMPTY_FAILED, FLASH_ERROR", "13, WRONG_PASSWORD, WRONG_PASSWORD",
            "15, NO_VALID_IMAGE, POOR_IMAGE", "18, FLASH_WRITE_ERROR, FLASH_ERROR",
            "1A, INVALID_REGISTER, COMMAND_REJECTED", "20, WRONG_ADDRESS, WRONG_ADDRESS",
            "21, PASSWORD_REQUIRED, PASSWORD_REQUIRED"})
    void everyCodeOfTheNotes(String code, Confirmation confirmation, FingerprintError error) throws Exception {
        int value = Integer.parseInt(code, 16);
        assertThat(Confirmation.of(value)).isEqualTo(confirmation);
        assertThat(confirmation.code()).isEqualTo(value);
        assertThat(confirmation.error()).isEqualTo(Optional.ofNullable(error));
        assertThat(confirmation.success()).isEqualTo(error == null);
        assertThat(confirmation.meaning()).isNotBlank();
        assertThat(confirmation.describe()).startsWith(code + " (");
        // the same code through an acknowledgement packet
        PacketDecoder decoder = new PacketDecoder();
        decoder.feed(TestPackets.ack(value, new byte[0]));
        assertThat(Acknowledgement.of(decoder.next().orElseThrow()).confirmation()).isEqualTo(confirmation);
    }

    @Test
    void theNotesListTwentyTwoCodes() {
        assertThat(Confirmation.values()).hasSize(23).contains(Confirmation.UNKNOWN);
    }

    @Test
    void unlistedCodesAreUnknownModuleErrors() {
        int unknown = 0;
        for (int code = 0; code < 256; code++) {
            if (Confirmation.of(code) == Confirmation.UNKNOWN) {
                unknown++;
            }
        }
        assertThat(unknown).isEqualTo(256 - 22);
        assertThat(Confirmation.of(0x04).error()).contains(FingerprintError.MODULE_ERROR);
        assertThat(Confirmation.of(0x100)).isEqualTo(Confirmation.OK);
        assertThat(Confirmation.UNKNOWN.describe()).startsWith("?? (");
    }

    @Test
    void whoFixesWhat() {
        assertThat(Confirmation.NO_FINGER.action()).contains(ErrorAction.USER);
        assertThat(Confirmation.IMAGE_TOO_MESSY.action()).contains(ErrorAction.USER);
        assertThat(Confirmation.NO_MATCH.action()).contains(ErrorAction.USER);
        assertThat(Confirmation.WRONG_PASSWORD.action()).contains(ErrorAction.MAINTENANCE);
        assertThat(Confirmation.FLASH_WRITE_ERROR.action()).contains(ErrorAction.MAINTENANCE);
        assertThat(Confirmation.PACKET_RECEIVE_ERROR.action()).contains(ErrorAction.SUSPEND);
        assertThat(Confirmation.OK.action()).isEmpty();
    }

    @Test
    void everyErrorIsExplainedAndRouted() {
        for (FingerprintError error : FingerprintError.values()) {
            assertThat(error.description()).as(error.name()).endsWith(".").hasSizeGreaterThan(30);
        }
        assertThat(FingerprintError.POOR_IMAGE.action()).isEqualTo(ErrorAction.USER);
        assertThat(FingerprintError.CANCELLED.action()).isEqualTo(ErrorAction.USER);
        assertThat(FingerprintError.TIMED_OUT.action()).isEqualTo(ErrorAction.USER);
        assertThat(FingerprintError.PACKET_ERROR.action()).isEqualTo(ErrorAction.SUSPEND);
        assertThat(FingerprintError.CHECKSUM_ERROR.action()).isEqualTo(ErrorAction.SUSPEND);
        assertThat(FingerprintError.FRAME_ERROR.action()).isEqualTo(ErrorAction.MAINTENANCE);
        assertThat(FingerprintError.NO_DEVICE.action()).isEqualTo(ErrorAction.SUSPEND);
        assertThat(FingerprintError.NOT_ANSWERING.action()).isEqualTo(ErrorAction.SUSPEND);
    }
}
