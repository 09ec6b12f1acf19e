package org.kiosk.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.printer.escpos.Bytes.hex;

import java.util.Arrays;
import org.kiosk.device.printer.receipt.Alignment;
import org.junit.jupiter.api.Test;

/** Every byte example of the ESC/POS protocol notes. */
class EscPosCommandsTest {

    @Test
    void initialiseAndLineFeed() {
        assertThat(hex(EscPosCommands.initialise())).isEqualTo("1B 40");
        assertThat(hex(EscPosCommands.lineFeed())).isEqualTo("0A");
    }

    @Test
    void align() {
        assertThat(hex(EscPosCommands.align(Alignment.LEFT))).isEqualTo("1B 61 00");
        assertThat(hex(EscPosCommands.align(Alignment.CENTER))).isEqualTo("1B 61 01");
        assertThat(hex(EscPosCommands.align(Alignment.RIGHT))).isEqualTo("1B 61 02");
    }

    @Test
    void emphasis() {
        assertThat(hex(EscPosCommands.emphasis(true))).isEqualTo("1B 45 01");
        assertThat(hex(EscPosCommands.emphasis(false))).isEqualTo("1B 45 00");
    }

    @Test
    void printModeBits() {
        assertThat(hex(EscPosCommands.printMode(0))).isEqualTo("1B 21 00");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_FONT_B))).isEqualTo("1B 21 01");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_BOLD))).isEqualTo("1B 21 08");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_DOUBLE_HEIGHT))).isEqualTo("1B 21 10");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_DOUBLE_WIDTH))).isEqualTo("1B 21 20");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_UNDERLINE))).isEqualTo("1B 21 80");
        assertThat(hex(EscPosCommands.printMode(EscPosCommands.MODE_BOLD | EscPosCommands.MODE_DOUBLE_HEIGHT
                | EscPosCommands.MODE_DOUBLE_WIDTH))).isEqualTo("1B 21 38");
        assertThatThrownBy(() -> EscPosCommands.printMode(0x100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void characterSizeNibblesAreMultiplierMinusOne() {
        assertThat(hex(EscPosCommands.characterSize(1, 1))).isEqualTo("1D 21 00");
        assertThat(hex(EscPosCommands.characterSize(2, 2))).isEqualTo("1D 21 11");
        assertThat(hex(EscPosCommands.characterSize(2, 1))).isEqualTo("1D 21 10");
        assertThat(hex(EscPosCommands.characterSize(1, 2))).isEqualTo("1D 21 01");
        assertThat(hex(EscPosCommands.characterSize(8, 8))).isEqualTo("1D 21 77");
        assertThatThrownBy(() -> EscPosCommands.characterSize(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosCommands.characterSize(1, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cutVariants() {
        assertThat(hex(EscPosCommands.cut(false))).isEqualTo("1D 56 00");
        assertThat(hex(EscPosCommands.cut(true))).isEqualTo("1D 56 01");
        assertThat(hex(EscPosCommands.feedAndCut(false, 0))).isEqualTo("1D 56 41 00");
        assertThat(hex(EscPosCommands.feedAndCut(true, 0))).isEqualTo("1D 56 42 00");
        assertThat(hex(EscPosCommands.feedAndCut(false, 0x30))).isEqualTo("1D 56 41 30");
        assertThatThrownBy(() -> EscPosCommands.feedAndCut(false, 256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chineseMode() {
        assertThat(hex(EscPosCommands.chineseModeOn())).isEqualTo("1C 26");
        assertThat(hex(EscPosCommands.chineseModeOff())).isEqualTo("1C 2E");
    }

    @Test
    void qrFunctions() {
        assertThat(hex(EscPosCommands.qrModel(2))).isEqualTo("1D 28 6B 04 00 31 41 32 00");
        assertThat(hex(EscPosCommands.qrModel(1))).isEqualTo("1D 28 6B 04 00 31 41 31 00");
        assertThat(hex(EscPosCommands.qrModuleSize(6))).isEqualTo("1D 28 6B 03 00 31 43 06");
        assertThat(hex(EscPosCommands.qrModuleSize(16))).isEqualTo("1D 28 6B 03 00 31 43 10");
        assertThat(hex(EscPosCommands.qrErrorCorrection(EscPosCommands.QrErrorCorrection.L))).isEqualTo("1D 28 6B 03 00 31 45 30");
        assertThat(hex(EscPosCommands.qrErrorCorrection(EscPosCommands.QrErrorCorrection.M))).isEqualTo("1D 28 6B 03 00 31 45 31");
        assertThat(hex(EscPosCommands.qrErrorCorrection(EscPosCommands.QrErrorCorrection.Q))).isEqualTo("1D 28 6B 03 00 31 45 32");
        assertThat(hex(EscPosCommands.qrErrorCorrection(EscPosCommands.QrErrorCorrection.H))).isEqualTo("1D 28 6B 03 00 31 45 33");
        assertThat(hex(EscPosCommands.qrPrint())).isEqualTo("1D 28 6B 03 00 31 51 30");
        assertThatThrownBy(() -> EscPosCommands.qrModuleSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosCommands.qrModuleSize(17)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosCommands.qrModel(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qrStoreDataCountsDataPlusThree() {
        assertThat(hex(EscPosCommands.qrStoreData("ABC".getBytes()))).isEqualTo("1D 28 6B 06 00 31 50 30 41 42 43");

        byte[] data = new byte[300];
        Arrays.fill(data, (byte) 'x');
        byte[] command = EscPosCommands.qrStoreData(data);
        // 303 = 0x012F: pL 2F, pH 01
        assertThat(hex(Arrays.copyOf(command, 8))).isEqualTo("1D 28 6B 2F 01 31 50 30");
        assertThat(command).hasSize(8 + 300);

        assertThatThrownBy(() -> EscPosCommands.qrStoreData(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosCommands.qrStoreData(new byte[0xFFFF - 2])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rasterHeader() {
        byte[] data = new byte[72 * 300];
        byte[] command = EscPosCommands.rasterImage(0, 72, 300, data);
        // x = 72 = 0x0048, y = 300 = 0x012C
        assertThat(hex(Arrays.copyOf(command, 8))).isEqualTo("1D 76 30 00 48 00 2C 01");
        assertThat(command).hasSize(8 + data.length);
        assertThat(hex(Arrays.copyOf(EscPosCommands.rasterImage(3, 1, 1, new byte[] {(byte) 0x80}), 9)))
                .isEqualTo("1D 76 30 03 01 00 01 00 80");
        assertThatThrownBy(() -> EscPosCommands.rasterImage(0, 2, 2, new byte[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscPosCommands.rasterImage(4, 1, 1, new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realTimeStatus() {
        assertThat(hex(EscPosCommands.realTimeStatus(1))).isEqualTo("10 04 01");
        assertThat(hex(EscPosCommands.realTimeStatus(4))).isEqualTo("10 04 04");
        for (StatusQuery q : StatusQuery.values()) {
            assertThat(RealTimeStatus.request(q)).containsExactly(0x10, 0x04, q.n());
        }
        assertThatThrownBy(() -> EscPosCommands.realTimeStatus(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnedArraysAreFresh() {
        byte[] first = EscPosCommands.initialise();
        first[0] = 0;
        assertThat(hex(EscPosCommands.initialise())).isEqualTo("1B 40");
    }
}
