package org.kiosk.device.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.device.idcard.TestFrames.hex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamCommandTest {

    @ParameterizedTest
    @CsvSource({
            "RESET_SAM, AA AA AA 96 69 00 03 10 FF EC",
            "SAM_STATUS, AA AA AA 96 69 00 03 11 FF ED",
            "READ_SAM_ID, AA AA AA 96 69 00 03 12 FF EE",
            "FIND_CARD, AA AA AA 96 69 00 03 20 01 22",
            "SELECT_CARD, AA AA AA 96 69 00 03 20 02 21",
            "READ_TEXT_PHOTO, AA AA AA 96 69 00 03 30 01 32",
            "READ_TEXT_PHOTO_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23"})
    void framesAreTheNotesBytes(SamCommand command, String frame) {
        assertThat(hex(command.frame())).isEqualTo(frame);
    }

    @Test
    void everyFrameIsLenPlusSevenBytes() {
        for (SamCommand command : SamCommand.values()) {
            byte[] frame = command.frame();
            int len = ((frame[5] & 0xFF) << 8) | (frame[6] & 0xFF);
            assertThat(frame).hasSize(len + 7);
        }
    }

    @Test
    void framesAreFreshArrays() {
        byte[] first = SamCommand.FIND_CARD.frame();
        first[9] = 0;
        assertThat(SamCommand.FIND_CARD.frame()[9]).isEqualTo((byte) 0x22);
    }

    @Test
    void labelsAndReadCommands() {
        assertThat(SamCommand.READ_TEXT_PHOTO_FINGERPRINT.label()).isEqualTo("30 10");
        assertThat(SamCommand.values()).filteredOn(SamCommand::readsCard)
                .containsExactly(SamCommand.READ_TEXT_PHOTO, SamCommand.READ_TEXT_PHOTO_FINGERPRINT);
    }
}
