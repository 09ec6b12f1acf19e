package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;
import org.kiosk.sim.link.Pacer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ_SAM_ID;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT;

/** Replies take at least as long as a UART needs for them (lower bounds only: a slow machine may take longer). */
class PacingTest {

    private static Duration timeExchange(StreamHost host, byte[] command, int expectedSize) throws Exception {
        long start = System.nanoTime();
        assertThat(host.exchange(command)).hasSize(expectedSize);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void readReplyAt115200TakesAbout112Ms() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(CardLibrary.bundled().get("resident")))) {
            host.exchange(FIND);
            host.exchange(SELECT);
            // 1295 bytes × 10 bits / 115200 = 112.4 ms
            assertThat(timeExchange(host, READ, 1295)).isGreaterThanOrEqualTo(Duration.ofMillis(110));
        }
    }

    @Test
    void shortReplyAt9600() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.baud(9600))) {
            assertThat(host.emulator().baud()).isEqualTo(9600);
            // 27 bytes × 10 bits / 9600 = 28.1 ms
            assertThat(timeExchange(host, READ_SAM_ID, 27)).isGreaterThanOrEqualTo(Duration.ofMillis(27));
        }
    }

    @Test
    void wireTimeIsTenBitsAByte() {
        assertThat(Pacer.wireNanos(1295, 115_200)).isEqualTo(112_413_194L);
        assertThat(Pacer.wireNanos(27, 9600)).isEqualTo(28_125_000L);
    }
}
