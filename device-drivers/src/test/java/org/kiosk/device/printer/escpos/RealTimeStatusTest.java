package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.printer.CoverState;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.PrinterProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RealTimeStatusTest {

    /** The fixed bits alone: an answer with nothing to report. */
    private static final byte QUIET = 0x12;

    private final RealTimeStatus status = new RealTimeStatus(PrinterProfile.GENERIC_80MM);

    private static byte with(int bits) {
        return (byte) (QUIET | bits);
    }

    @Test
    void requests() {
        assertThat(RealTimeStatus.request(StatusQuery.PRINTER)).containsExactly(0x10, 0x04, 0x01);
        assertThat(RealTimeStatus.request(StatusQuery.OFFLINE_CAUSE)).containsExactly(0x10, 0x04, 0x02);
        assertThat(RealTimeStatus.request(StatusQuery.ERROR_CAUSE)).containsExactly(0x10, 0x04, 0x03);
        assertThat(RealTimeStatus.request(StatusQuery.PAPER_SENSOR)).containsExactly(0x10, 0x04, 0x04);
    }

    @Test
    void printerStatusOfflineBit() throws Exception {
        assertThat(status.decodePrinter(QUIET).offline()).isFalse();
        assertThat(status.decodePrinter(with(0x08)).offline()).isTrue();
        // bits the notes do not use change nothing
        assertThat(status.decodePrinter(with(0x04 | 0x20 | 0x40)).offline()).isFalse();
    }

    @Test
    void offlineCauseBits() throws Exception {
        assertThat(status.decodeOfflineCause(QUIET)).isEqualTo(new StatusAnswer.OfflineCause(false, false, false, false));
        assertThat(status.decodeOfflineCause(with(0x04))).isEqualTo(new StatusAnswer.OfflineCause(true, false, false, false));
        assertThat(status.decodeOfflineCause(with(0x08))).isEqualTo(new StatusAnswer.OfflineCause(false, true, false, false));
        assertThat(status.decodeOfflineCause(with(0x20))).isEqualTo(new StatusAnswer.OfflineCause(false, false, true, false));
        assertThat(status.decodeOfflineCause(with(0x40))).isEqualTo(new StatusAnswer.OfflineCause(false, false, false, true));
    }

    @Test
    void errorCauseBits() throws Exception {
        assertThat(status.decodeErrorCause(QUIET)).isEqualTo(new StatusAnswer.ErrorCause(false, false, false));
        assertThat(status.decodeErrorCause(with(0x08))).isEqualTo(new StatusAnswer.ErrorCause(true, false, false));
        assertThat(status.decodeErrorCause(with(0x20))).isEqualTo(new StatusAnswer.ErrorCause(false, true, false));
        assertThat(status.decodeErrorCause(with(0x40))).isEqualTo(new StatusAnswer.ErrorCause(false, false, true));
        assertThat(status.decodeErrorCause(with(0x04))).as("bit 2 is not an error bit").isEqualTo(new StatusAnswer.ErrorCause(false, false, false));
    }

    @Test
    void paperSensorBitsOfTheGenericProfile() throws Exception {
        assertThat(status.decodePaperSensor(QUIET)).isEqualTo(new StatusAnswer.PaperSensor(false, false));
        assertThat(status.decodePaperSensor(with(0x0C))).isEqualTo(new StatusAnswer.PaperSensor(true, false));
        assertThat(status.decodePaperSensor(with(0x04))).as("either bit of the pair").isEqualTo(new StatusAnswer.PaperSensor(true, false));
        assertThat(status.decodePaperSensor(with(0x60))).isEqualTo(new StatusAnswer.PaperSensor(false, true));
        assertThat(status.decodePaperSensor(with(0x6C))).isEqualTo(new StatusAnswer.PaperSensor(true, true));
    }

    @Test
    void paperSensorBitsOfAProfileWithSwappedSensors() throws Exception {
        RealTimeStatus swapped = new RealTimeStatus(PrinterProfile.CN_80MM_SWAPPED_SENSORS);
        assertThat(swapped.decodePaperSensor(with(0x0C))).isEqualTo(new StatusAnswer.PaperSensor(false, true));
        assertThat(swapped.decodePaperSensor(with(0x60))).isEqualTo(new StatusAnswer.PaperSensor(true, false));
        PrinterCondition condition = swapped.condition(QUIET, QUIET, QUIET, with(0x60));
        assertThat(condition.detail()).isEqualTo(new PrinterDetail(PaperState.LOW, CoverState.CLOSED));
        assertThat(condition.canPrint()).isTrue();
    }

    @Test
    void decodeDispatchesByQuery() throws Exception {
        assertThat(status.decode(StatusQuery.PRINTER, with(0x08))).isEqualTo(new StatusAnswer.PrinterStatus(true));
        assertThat(status.decode(StatusQuery.PAPER_SENSOR, with(0x60)).query()).isEqualTo(StatusQuery.PAPER_SENSOR);
        for (StatusQuery q : StatusQuery.values()) {
            assertThat(status.decode(q, QUIET).query()).isEqualTo(q);
        }
    }

    @ParameterizedTest
    @EnumSource(StatusQuery.class)
    void answersWithoutTheFixedBitsAreRejected(StatusQuery query) {
        int accepted = 0;
        for (int b = 0; b < 256; b++) {
            boolean wellFormed = (b & 0x01) == 0 && (b & 0x02) != 0 && (b & 0x10) != 0 && (b & 0x80) == 0;
            try {
                status.decode(query, (byte) b);
                assertThat(wellFormed).as("0x%02X accepted", b).isTrue();
                accepted++;
            } catch (MalformedStatusException e) {
                assertThat(wellFormed).as("0x%02X rejected", b).isFalse();
                assertThat(e.query()).isEqualTo(query);
                assertThat(e.answer()).isEqualTo(b);
                assertThat(e.getMessage()).contains(String.format("0x%02X", b)).contains("DLE EOT " + query.n());
            }
        }
        assertThat(accepted).isEqualTo(16);
    }

    @Test
    void typicalMalformedAnswers() {
        assertThatThrownBy(() -> status.decodePaperSensor((byte) 0x00)).isInstanceOf(MalformedStatusException.class)
                .hasMessage("DLE EOT 4 (paper sensor) answered 0x00, which lacks the fixed bits 0xx1xx10 of a status byte");
        assertThatThrownBy(() -> status.decodePrinter((byte) 0xFF)).isInstanceOf(MalformedStatusException.class)
                .hasMessageContaining("DLE EOT 1 (printer status) answered 0xFF");
        // an automatic status back byte or a plain ASCII answer
        assertThatThrownBy(() -> status.decodeErrorCause((byte) 'A')).isInstanceOf(MalformedStatusException.class);
    }

    @Test
    void healthyPrinterCanPrint() throws Exception {
        PrinterCondition condition = status.condition(QUIET, QUIET, QUIET, QUIET);
        assertThat(condition.canPrint()).isTrue();
        assertThat(condition.blocking()).isEmpty();
        assertThat(condition.detail()).isEqualTo(new PrinterDetail(PaperState.FULL, CoverState.CLOSED));
    }

    @Test
    void paperNearEndStillPrints() throws Exception {
        PrinterCondition condition = status.condition(QUIET, QUIET, QUIET, with(0x0C));
        assertThat(condition.canPrint()).isTrue();
        assertThat(condition.detail().paper()).isEqualTo(PaperState.LOW);
    }

    @Test
    void paperOutBlocks() throws Exception {
        PrinterCondition condition = status.condition(with(0x08), with(0x20), QUIET, with(0x6C));
        assertThat(condition.canPrint()).isFalse();
        assertThat(condition.blocking()).containsExactly(PrinterError.PAPER_OUT);
        assertThat(condition.detail()).isEqualTo(new PrinterDetail(PaperState.OUT, CoverState.CLOSED));
    }

    @Test
    void stoppedAtPaperEndMeansPaperOutEvenIfTheSensorByteDisagrees() throws Exception {
        assertThat(status.condition(with(0x08), with(0x20), QUIET, QUIET).detail().paper()).isEqualTo(PaperState.OUT);
    }

    @Test
    void coverOpenBlocks() throws Exception {
        PrinterCondition condition = status.condition(with(0x08), with(0x04), QUIET, QUIET);
        assertThat(condition.blocking()).containsExactly(PrinterError.COVER_OPEN);
        assertThat(condition.detail().cover()).isEqualTo(CoverState.OPEN);
    }

    @Test
    void errorsBlock() throws Exception {
        assertThat(status.condition(with(0x08), with(0x40), with(0x08), QUIET).blocking()).containsExactly(PrinterError.CUTTER_ERROR);
        assertThat(status.condition(with(0x08), with(0x40), with(0x20), QUIET).blocking()).containsExactly(PrinterError.UNRECOVERABLE_ERROR);
        assertThat(status.condition(with(0x08), with(0x40), with(0x40), QUIET).blocking()).containsExactly(PrinterError.RECOVERABLE_ERROR);
    }

    @Test
    void offlineWithoutAnExplanationIsOffline() throws Exception {
        assertThat(status.condition(with(0x08), QUIET, QUIET, QUIET).blocking()).containsExactly(PrinterError.OFFLINE);
    }

    @Test
    void severalConditionsAreAllListed() throws Exception {
        PrinterCondition condition = status.condition(with(0x08), with(0x04 | 0x20 | 0x40), with(0x08 | 0x20), with(0x60));
        assertThat(condition.blocking()).containsExactly(
                PrinterError.PAPER_OUT, PrinterError.COVER_OPEN, PrinterError.CUTTER_ERROR, PrinterError.UNRECOVERABLE_ERROR);
        assertThat(condition.detail()).isEqualTo(new PrinterDetail(PaperState.OUT, CoverState.OPEN));
    }

    @Test
    void printerErrorsSayWhoFixesThem() {
        assertThat(PrinterError.PAPER_OUT.action()).isEqualTo(ErrorAction.CLEAR);
        assertThat(PrinterError.COVER_OPEN.action()).isEqualTo(ErrorAction.CLEAR);
        assertThat(List.of(PrinterError.OFFLINE, PrinterError.RECOVERABLE_ERROR, PrinterError.NO_DEVICE,
                PrinterError.NOT_ANSWERING, PrinterError.JOB_INTERRUPTED))
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(ErrorAction.SUSPEND));
        assertThat(List.of(PrinterError.CUTTER_ERROR, PrinterError.UNRECOVERABLE_ERROR, PrinterError.MALFORMED_STATUS,
                PrinterError.RECEIPT_TOO_LARGE, PrinterError.RECEIPT_INVALID))
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(ErrorAction.MAINTENANCE));
        assertThat(PrinterError.values()).allSatisfy(e -> assertThat(e.description()).isNotBlank());
    }
}
