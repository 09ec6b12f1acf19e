package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PlatformRefreshTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void anUnansweredRefreshIsTriedAgainSoonerEachTimeTwiceAsLateThenAtTheInterval(CapturedOutput output) throws Exception {
        LinkedBlockingQueue<Integer> tries = new LinkedBlockingQueue<>();
        AtomicInteger count = new AtomicInteger();
        try (PlatformRefresh refresh = new PlatformRefresh("catalogue", () -> {
            int n = count.incrementAndGet();
            tries.add(n);
            return n > 3;
        }, HOUR, Duration.ofMillis(20))) {
            for (int expected = 1; expected <= 4; expected++) {
                assertThat(tries.poll(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
            assertThat(tries.poll(300, TimeUnit.MILLISECONDS)).as("after an answer, the next try is an hour away").isNull();
        }
        assertThat(output).contains("the next try is in PT0.02S", "the next try is in PT0.04S", "the next try is in PT0.08S");
    }

    @Test
    void theRetryDelayStopsGrowingAtTheInterval(CapturedOutput output) throws Exception {
        LinkedBlockingQueue<Integer> tries = new LinkedBlockingQueue<>();
        AtomicInteger count = new AtomicInteger();
        try (PlatformRefresh refresh = new PlatformRefresh("calendar", () -> {
            tries.add(count.incrementAndGet());
            return false;
        }, Duration.ofMillis(50), Duration.ofMillis(20))) {
            for (int expected = 1; expected <= 5; expected++) {
                assertThat(tries.poll(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        }
        assertThat(output).contains("PT0.02S", "PT0.04S", "the next try is in PT0.05S").doesNotContain("PT0.08S");
    }

    @Test
    void aRefreshThatBreaksIsLoggedAndWaitsForTheInterval(CapturedOutput output) throws Exception {
        LinkedBlockingQueue<Integer> tries = new LinkedBlockingQueue<>();
        try (PlatformRefresh refresh = new PlatformRefresh("catalogue", () -> {
            tries.add(1);
            throw new IllegalStateException("broken");
        }, HOUR, Duration.ofMillis(20))) {
            assertThat(tries.poll(10, TimeUnit.SECONDS)).isNotNull();
            assertThat(tries.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(output).contains("The catalogue refresh failed, the data in use stays", "broken");
    }

    @Test
    void closingStopsTheTries() throws Exception {
        LinkedBlockingQueue<Integer> tries = new LinkedBlockingQueue<>();
        PlatformRefresh refresh = new PlatformRefresh("catalogue", () -> {
            tries.add(1);
            return false;
        }, HOUR, Duration.ofMillis(100));
        assertThat(tries.poll(10, TimeUnit.SECONDS)).isNotNull();
        refresh.close();
        assertThat(tries.poll(400, TimeUnit.MILLISECONDS)).isNull();
        PlatformRefresh.none("catalogue").close();
    }
}
