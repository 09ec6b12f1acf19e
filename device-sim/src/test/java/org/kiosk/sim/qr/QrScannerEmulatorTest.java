package org.kiosk.sim.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.BytePipe;

/** The bytes the emulator puts on the line, read over a pair of streams. */
class QrScannerEmulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BytePipe toDevice = new BytePipe();
    private final BytePipe toHost = new BytePipe();
    private QrScannerEmulator scanner;

    @AfterEach
    void close() {
        if (scanner != null) {
            scanner.close();
        }
    }

    private QrScannerEmulator start(QrScannerEmulator.Builder builder) throws InterruptedException {
        scanner = builder.streams(toDevice.input(), toHost.output()).build();
        scanner.start();
        assertThat(scanner.awaitHost(WAIT)).isTrue();
        return scanner;
    }

    private byte[] read(int n) throws InterruptedException {
        return toHost.read(n, WAIT);
    }

    @Test
    void eachSuffixFollowsTheCode() throws Exception {
        for (Suffix suffix : Suffix.values()) {
            BytePipe out = new BytePipe();
            try (QrScannerEmulator one = QrScannerEmulator.builder().suffix(suffix)
                    .streams(new BytePipe().input(), out.output()).build()) {
                one.start();
                assertThat(one.awaitHost(WAIT)).isTrue();
                assertThat(one.scan("AB")).isTrue();
                byte[] expected = new byte[2 + suffix.bytes().length];
                expected[0] = 'A';
                expected[1] = 'B';
                System.arraycopy(suffix.bytes(), 0, expected, 2, suffix.bytes().length);
                assertThat(out.read(expected.length, WAIT)).as("%s", suffix).isEqualTo(expected);
            }
        }
    }

    @Test
    void prefixAndCharset() throws Exception {
        Charset gb18030 = Charset.forName("GB18030");
        start(QrScannerEmulator.builder().prefix(new byte[] {0x02}).suffix(Suffix.ETX).charset(gb18030));
        scanner.scan("广东");
        byte[] text = "广东".getBytes(gb18030);
        byte[] got = read(text.length + 2);
        assertThat(got[0]).isEqualTo((byte) 0x02);
        assertThat(new String(got, 1, text.length, gb18030)).isEqualTo("广东");
        assertThat(got[got.length - 1]).isEqualTo((byte) 0x03);
    }

    @Test
    void aBurstFramesEveryCode() throws Exception {
        start(QrScannerEmulator.builder().suffix(Suffix.CRLF));
        scanner.burst(List.of("A", "BC"));
        assertThat(new String(read(7), StandardCharsets.US_ASCII)).isEqualTo("A\r\nBC\r\n");
    }

    @Test
    void faultsSpoilTheNextScanOnly() throws Exception {
        start(QrScannerEmulator.builder());
        scanner.inject(Fault.noiseBefore(new byte[] {'#', '#'}));
        scanner.scan("X");
        scanner.inject(Fault.noSuffix());
        scanner.scan("Y");
        scanner.inject(Fault.byteByByte());
        scanner.scan("Z");
        scanner.sendRaw(new byte[] {'!'});
        assertThat(new String(read(8), StandardCharsets.US_ASCII)).isEqualTo("##X\rYZ\r!");
        assertThat(scanner.pendingFaults()).isZero();
    }

    @Test
    void nothingIsSentWhileUnplugged() throws Exception {
        start(QrScannerEmulator.builder());
        scanner.unplug();
        assertThat(scanner.scan("LOST")).isFalse();
        scanner.plugIn();
        assertThat(scanner.scan("OK")).isTrue();
        assertThat(new String(read(3), StandardCharsets.US_ASCII)).isEqualTo("OK\r");
    }

    @Test
    void theConsoleScansLinesAndRunsCommands() throws Exception {
        start(QrScannerEmulator.builder());
        ConsoleCommands console = new ConsoleCommands(scanner);
        assertThat(console.execute("HELLO")).isEqualTo("sent 1 code");
        assertThat(new String(read(6), StandardCharsets.US_ASCII)).isEqualTo("HELLO\r");
        assertThat(console.execute(":burst A|B")).isEqualTo("sent 2 codes in one burst");
        assertThat(new String(read(4), StandardCharsets.US_ASCII)).isEqualTo("A\rB\r");
        assertThat(console.execute(":mrz td2")).isEqualTo("sent the TD2 specimen zone");
        assertThat(new String(read(74), StandardCharsets.US_ASCII))
                .isEqualTo(Specimens.TD2.get(0) + "\r" + Specimens.TD2.get(1) + "\r");
        assertThat(console.execute(":long 10")).isEqualTo("sent a code of 10 bytes");
        assertThat(read(11)).hasSize(11);
        assertThat(console.execute(":invalid")).isEqualTo("sent 1 code that is not text");
        assertThat(read(4)).isEqualTo(new byte[] {'A', (byte) 0xFF, 'B', '\r'});
        assertThat(console.execute(":noise 8")).isEqualTo("sent 8 noise bytes");
        assertThat(read(8)).doesNotContain((byte) '\r', (byte) '\n', (byte) 0x02, (byte) 0x03).contains((byte) 0xFF);
        assertThat(console.execute(":gb18030 中")).isEqualTo("sent 1 code in GB18030");
        assertThat(read(3)).isEqualTo(new byte[] {(byte) 0xD6, (byte) 0xD0, '\r'});
        assertThat(console.execute(":long x")).startsWith(":long needs");
        assertThat(console.execute(":mrz td4")).isEqualTo(":mrz needs td1, td2 or td3");
        assertThat(console.execute(":what")).startsWith("unknown command ':what'");
        assertThat(console.execute("   ")).isEmpty();
        assertThat(console.execute(":unplug")).isEqualTo("unplugged");
        assertThat(console.execute("LOST")).isEqualTo("not sent, no host connected: 1 code");
        assertThat(console.execute(":plug")).isEqualTo("plugged in");
    }
}
