package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;
import org.kiosk.sim.link.SerialLink;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.tools.ExternalTools;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND_OK;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ_FP;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT_OK;
import static org.kiosk.sim.idcard.ReplyFrames.expectedChecksum;

/** Over a real socat pty pair, the host end opened with jSerialComm. */
class PtyEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static void readCardWithFingerprints(SerialHost host) throws Exception {
        assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
        assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_OK);
        byte[] reply = host.exchange(READ_FP);
        assertThat(reply).hasSize(2321);
        assertThat(hex(Arrays.copyOf(reply, 16))).isEqualTo("AA AA AA 96 69 09 0A 00 00 90 01 00 04 00 04 00");
        assertThat(reply[reply.length - 1] & 0xFF).isEqualTo(expectedChecksum(reply));
    }

    /** A started reader with a card on it, serving the device end of {@code pty}. */
    private static IdCardReaderEmulator connectedReader(PtyPair pty) throws InterruptedException {
        IdCardReaderEmulator reader = IdCardReaderEmulator.builder().serial(pty.devicePath())
                .card(CardLibrary.bundled().get("resident-fp2")).build();
        reader.start();
        assertThat(reader.awaitConnected(true, WAIT)).isTrue();
        return reader;
    }

    @Test
    void readsACardOverAPty() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start(); IdCardReaderEmulator reader = connectedReader(pty)) {
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                readCardWithFingerprints(host);
            }
        }
    }

    @Test
    void unplugClosesThePortAndPlugInReopensIt() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start(); IdCardReaderEmulator reader = connectedReader(pty)) {
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
                reader.unplug();
                assertThat(reader.awaitConnected(false, WAIT)).isTrue();
                assertThat(reader.state()).isEqualTo(ReaderState.CARD_PRESENT);
            }
            // the cable is out at both ends: socat goes too
            pty.unplug();
            pty.plugIn();
            Thread.sleep(3 * SerialLink.REOPEN_POLL_MS);
            assertThat(reader.isConnected()).as("stays unplugged until plugIn").isFalse();
            reader.plugIn();
            assertThat(reader.awaitConnected(true, WAIT)).isTrue();
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                readCardWithFingerprints(host);
            }
        }
    }

    @Test
    void socatKilledThenBackIsServedAgainByItself() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start(); IdCardReaderEmulator reader = connectedReader(pty)) {
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
                pty.unplug();
            }
            assertThat(reader.awaitConnected(false, WAIT)).isTrue();
            pty.plugIn();
            assertThat(reader.awaitConnected(true, WAIT)).isTrue();
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                readCardWithFingerprints(host);
            }
        }
    }
}
