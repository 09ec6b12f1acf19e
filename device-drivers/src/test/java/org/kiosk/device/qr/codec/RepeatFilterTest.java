package org.kiosk.device.qr.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepeatFilterTest {

    private static final long S = 1_000_000_000L;

    @Test
    void theSameCodeWithinTheWindowIsARepeat() {
        RepeatFilter filter = new RepeatFilter(Duration.ofSeconds(2));
        filter.delivered("A", 0);
        assertThat(filter.isRepeat("A", S)).isTrue();
        assertThat(filter.isRepeat("B", S)).isFalse();
    }

    @Test
    void aCodeHeldUnderTheScannerStaysARepeat() {
        RepeatFilter filter = new RepeatFilter(Duration.ofSeconds(2));
        filter.delivered("A", 0);
        for (long t = S; t <= 10 * S; t += S) {
            assertThat(filter.isRepeat("A", t)).as("at %d s", t / S).isTrue();
        }
        assertThat(filter.isRepeat("A", 13 * S)).isFalse();
    }

    @Test
    void onlyTheLastDeliveredCodeCounts() {
        RepeatFilter filter = new RepeatFilter(Duration.ofSeconds(2));
        filter.delivered("A", 0);
        filter.delivered("B", 0);
        assertThat(filter.isRepeat("A", S)).isFalse();
        filter.reset();
        assertThat(filter.isRepeat("B", S)).isFalse();
    }

    @Test
    void aZeroWindowTurnsItOff() {
        RepeatFilter filter = new RepeatFilter(Duration.ZERO);
        filter.delivered("A", 0);
        assertThat(filter.isRepeat("A", 0)).isFalse();
    }
}
