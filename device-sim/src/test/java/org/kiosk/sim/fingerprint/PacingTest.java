package org.kiosk.sim.fingerprint;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.fingerprint.InstructionRepliesTest.CARD_TEMPLATE;
import static org.kiosk.sim.fingerprint.TestPackets.OK;
import static org.kiosk.sim.fingerprint.TestPackets.UP_CHAR_2;

/** Replies take at least as long as a UART needs for them (lower bounds only: a slow machine may take longer). */
class PacingTest {

    @Test
    void upCharAt57600TakesAbout99Ms() throws Exception {
        try (ModuleHost host = ModuleHost.start()) {
            assertThat(host.emulator().baud()).isEqualTo(57_600);
            host.download(CARD_TEMPLATE);
            long start = System.nanoTime();
            assertThat(host.ask(UP_CHAR_2)).isEqualTo(OK);
            // the acknowledge and four data packets: (12 + 4 × 139) bytes × 10 bits / 57600 = 98.6 ms
            host.read(4 * 139);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(97));
        }
    }

    @Test
    void acknowledgeAt9600() throws Exception {
        try (ModuleHost host = ModuleHost.start(b -> b.baud(9600))) {
            long start = System.nanoTime();
            host.ask(TestPackets.GEN_IMG);
            // 12 bytes × 10 bits / 9600 = 12.5 ms
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(12));
        }
    }
}
