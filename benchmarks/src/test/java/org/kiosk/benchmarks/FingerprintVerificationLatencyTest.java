package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosk.benchmarks.FingerprintVerificationLatency.Report;
import org.kiosk.benchmarks.FingerprintVerificationLatency.Settings;
import org.kiosk.benchmarks.WireTime.Exchange;

/** The harness's byte counts and arithmetic, and one short run over a real pty; timings are never asserted. */
class FingerprintVerificationLatencyTest {

    @Test
    void packetsAreNineHeaderBytesPayloadAndTwoChecksumBytes() {
        assertThat(FingerprintWireTime.genImg()).isEqualTo(new Exchange("GenImg", 12, 12));
        assertThat(FingerprintWireTime.img2Tz()).isEqualTo(new Exchange("Img2Tz", 13, 12));
        assertThat(FingerprintWireTime.match()).isEqualTo(new Exchange("Match", 12, 14));
        assertThat(FingerprintWireTime.templateDataBytes(128)).isEqualTo(4 * (9 + 128 + 2));
        assertThat(FingerprintWireTime.templateDataBytes(32)).isEqualTo(16 * (9 + 32 + 2));
        assertThat(FingerprintWireTime.downChar("d", 2, 128).hostBytes()).isEqualTo(13 + 556);
    }

    @Test
    void aTwoTemplateVerificationDownloadsFourTemplatesAndMatchesTwice() {
        List<Exchange> exchanges = FingerprintWireTime.verification(2, 128);

        assertThat(exchanges).extracting(Exchange::name).containsExactly("GenImg", "Img2Tz",
                "DownChar template 1", "Match", "DownChar template 2", "Match", "DownChar blank, buffer 1", "DownChar blank, buffer 2");
        assertThat(exchanges).extracting(Exchange::hostBytes).containsExactly(12, 13, 569, 12, 569, 12, 569, 569);
        assertThat(exchanges).extracting(Exchange::replyBytes).containsExactly(12, 12, 12, 14, 12, 14, 12, 12);
        assertThat(WireTime.totalBytes(exchanges)).isEqualTo(2425);
        assertThat(WireTime.replyBytes(exchanges)).isEqualTo(100);
        assertThat(WireTime.millis(2425, 57_600)).isCloseTo(421.007, within(0.001));
        assertThatThrownBy(() -> FingerprintWireTime.verification(0, 128)).hasMessageContaining("at least one");
    }

    @Test
    void overheadIsOursAgainstTheWireTime() {
        double wire = WireTime.millis(2425, 57_600);
        double paced = WireTime.millis(100, 57_600);
        double median = paced + wire * 0.12;
        Report report = new Report(new Settings(1, 0, 57_600), 2, 128, new Stats(1, median, median, median));

        assertThat(report.wireMs()).isCloseTo(wire, within(1e-9));
        assertThat(report.pacedMs()).isCloseTo(paced, within(1e-9));
        assertThat(report.oursMs()).isCloseTo(wire * 0.12, within(1e-9));
        assertThat(report.overhead()).isCloseTo(0.12, within(1e-9));
        assertThat(report.meetsTarget()).isFalse();
        assertThat(printed(report)).contains("2425 bytes = 421.01 ms").contains("100 bytes = 17.36 ms").contains("MISSED");
    }

    @Test
    void argumentsOverrideTheDefaultsAndBadOnesAreNamed() {
        assertThat(FingerprintVerificationLatency.parse(new String[] {"--rounds", "3", "--warmup", "0", "--baud", "115200"}))
                .isEqualTo(new Settings(3, 0, 115_200));
        assertThat(FingerprintVerificationLatency.parse(new String[0])).isEqualTo(new Settings(30, 5, 57_600));
        assertThatThrownBy(() -> FingerprintVerificationLatency.parse(new String[] {"--poll-ms", "20"})).hasMessageContaining("--poll-ms");
        assertThatThrownBy(() -> FingerprintVerificationLatency.parse(new String[] {"--baud", "56000"})).hasMessageContaining("9600");
    }

    @Test
    void aShortRunOverAPtyGivesPositiveFigures() throws Exception {
        Report report = FingerprintVerificationLatency.run(new Settings(2, 0, 57_600));

        assertThat(report.verification().count()).isEqualTo(2);
        assertThat(report.verification().medianMs()).isPositive();
        assertThat(report.cardTemplates()).isEqualTo(2);
        assertThat(report.packetSize()).isEqualTo(128);
        assertThat(printed(report)).contains("verification").contains("DownChar template 2");
    }

    private static String printed(Report report) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        FingerprintVerificationLatency.print(report, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
