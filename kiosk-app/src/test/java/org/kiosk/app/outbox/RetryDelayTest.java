package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LongSummaryStatistics;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private final RetryDelay delay = new RetryDelay(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void theCeilingDoublesWithEachFailureUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(delay::ceiling).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L);
        assertThat(delay.ceiling(64)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void fullJitterDrawsAcrossTheWholeRangeBelowTheCeiling() {
        SplittableRandom random = new SplittableRandom(7);
        LongSummaryStatistics waits = IntStream.range(0, 2000).mapToLong(i -> delay.next(4, Optional.empty(), random).toMillis())
                .summaryStatistics();
        assertThat(waits.getMin()).isGreaterThanOrEqualTo(0L);
        assertThat(waits.getMax()).isLessThanOrEqualTo(8000L);
        // full jitter, not ±20%: draws land in the lowest and the highest tenth of the range
        assertThat(waits.getMin()).isLessThan(800L);
        assertThat(waits.getMax()).isGreaterThan(7200L);
    }

    @Test
    void theSameRandomSequenceGivesTheSameWaits() {
        assertThat(delay.next(3, Optional.empty(), new SplittableRandom(42)))
                .isEqualTo(delay.next(3, Optional.empty(), new SplittableRandom(42)));
    }

    @Test
    void thePlatformsRetryAfterIsHonouredExactlyEvenAboveTheCap() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(delay.next(1, Optional.of(Duration.ofSeconds(30)), random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(delay.next(9, Optional.of(Duration.ofMinutes(20)), random)).isEqualTo(Duration.ofMinutes(20));
        assertThat(delay.next(2, Optional.of(Duration.ofSeconds(-5)), random)).isEqualTo(Duration.ZERO);
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> new RetryDelay(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < base <= cap");
        assertThatThrownBy(() -> new RetryDelay(Duration.ofSeconds(10), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> delay.ceiling(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
