package org.kiosk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosk.benchmarks.IdCardReadLatency.Report;
import org.kiosk.benchmarks.IdCardReadLatency.Settings;
import org.kiosk.benchmarks.IdCardReadLatency.WatchResult;
import org.kiosk.benchmarks.WireTime.Exchange;

/** The harness's arithmetic, and one short run over a real pty; timings are never asserted. */
class IdCardReadLatencyTest {

    @Test
    void readPathBytesAreThoseOfTheProtocolNotes() {
        assertThat(IdCardWireTime.readPath()).extracting(Exchange::hostBytes).containsExactly(10, 10, 10);
        assertThat(IdCardWireTime.readPath()).extracting(Exchange::replyBytes).containsExactly(15, 19, 1295);
        assertThat(IdCardWireTime.findNoCard().replyBytes()).isEqualTo(11);
        assertThat(WireTime.totalBytes(IdCardWireTime.readPath())).isEqualTo(1359);
        assertThat(WireTime.replyBytes(IdCardWireTime.readPath())).isEqualTo(1329);
    }

    @Test
    void wireTimeIsTenBitsAByte() {
        assertThat(WireTime.millis(1295, 115_200)).isCloseTo(112.413, within(0.001));
        assertThat(WireTime.millis(1359, 115_200)).isCloseTo(117.969, within(0.001));
        assertThatThrownBy(() -> WireTime.millis(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overheadsAreAgainstTheWireTimeAndTheWatchingOneDiscountsThePollWait() {
        Settings settings = new Settings(1, 0, 115_200, List.of(Duration.ofMillis(100)));
        double wire = WireTime.millis(1359, 115_200);
        double pollWait = (100 + WireTime.millis(21, 115_200)) / 2;
        Stats readPath = new Stats(1, wire * 1.05, wire * 1.05, wire * 1.05);
        WatchResult slow = new WatchResult(Duration.ofMillis(100), new Stats(1, pollWait + wire * 1.2, 0, 0));
        Report report = new Report(settings, readPath, List.of(slow));

        assertThat(report.readPathOverhead()).isCloseTo(0.05, within(1e-9));
        assertThat(report.readPathMeetsTarget()).isTrue();
        assertThat(report.pollWaitMs(Duration.ofMillis(100))).isCloseTo(pollWait, within(1e-9));
        assertThat(report.watchOverhead(slow)).isCloseTo(0.2, within(1e-9));
        assertThat(report.meetsTarget(slow)).isFalse();
        assertThat(printed(report)).contains("1359 bytes = 117.97 ms").contains("MISSED").contains("poll 100 ms");
    }

    @Test
    void argumentsOverrideTheDefaultsAndBadOnesAreNamed() {
        Settings s = IdCardReadLatency.parse(new String[] {"--rounds", "3", "--warmup", "0", "--poll-ms", "10, 50"});
        assertThat(s).isEqualTo(new Settings(3, 0, 115_200, List.of(Duration.ofMillis(10), Duration.ofMillis(50))));
        assertThat(IdCardReadLatency.parse(new String[0])).isEqualTo(Settings.defaults());
        assertThatThrownBy(() -> IdCardReadLatency.parse(new String[] {"--poll-ms", "20,x"})).hasMessageContaining("--poll-ms");
        assertThatThrownBy(() -> IdCardReadLatency.parse(new String[] {"--fast", "1"})).hasMessageContaining("--fast");
        assertThatThrownBy(() -> IdCardReadLatency.parse(new String[] {"--poll-ms", "0"})).hasMessageContaining("positive");
    }

    @Test
    void aShortRunOverAPtyGivesPositiveFigures() throws Exception {
        Report report = IdCardReadLatency.run(new Settings(2, 0, 115_200, List.of(Duration.ofMillis(20))));

        assertThat(report.readPath().count()).isEqualTo(2);
        assertThat(report.readPath().medianMs()).isPositive();
        assertThat(report.watching()).singleElement().satisfies(w -> assertThat(w.placedToRead().meanMs()).isPositive());
        assertThat(printed(report)).contains("(a) readCard(false)").contains("(b) placed -> cardRead, poll 20 ms");
    }

    private static String printed(Report report) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        IdCardReadLatency.print(report, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
