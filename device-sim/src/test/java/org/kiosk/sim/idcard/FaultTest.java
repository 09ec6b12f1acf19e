package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND_OK;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ_FAILED;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ_FP;
import static org.kiosk.sim.idcard.CommandRepliesTest.RESET;
import static org.kiosk.sim.idcard.CommandRepliesTest.SAM_STATUS;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT_OK;
import static org.kiosk.sim.idcard.CommandRepliesTest.SUCCESS;

class FaultTest {

    private static StreamHost hostWith(String cardName) {
        return StreamHost.start(b -> b.card(CardLibrary.bundled().get(cardName)));
    }

    @Test
    void corruptedChecksumOnceThenCorrectAgain() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.corruptChecksum());
            assertThat(hex(host.exchange(FIND))).isEqualTo("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 68");
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(host.emulator().pendingFaults()).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({"41, 45", "80, 84", "81, 85", "60, 64", "91, 95"})
    void chosenFailureStatus(String sw3, String chk) throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.status(Integer.parseInt(sw3, 16)));
            assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo("AA AA AA 96 69 00 04 00 00 " + sw3 + " " + chk);
            assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo(SUCCESS);
        }
    }

    @Test
    void statusFaultNarrowedToACommandWaitsForIt() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.status(0x41).on(ReaderCommand.READ_TEXT_PHOTO));
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_OK);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
            assertThat(host.exchange(READ)).hasSize(1295);
        }
    }

    @Test
    void failedFindLosesTheSession() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.exchange(FIND);
            host.exchange(SELECT);
            host.emulator().inject(Fault.status(0x80).on(ReaderCommand.FIND_CARD));
            assertThat(hex(host.exchange(FIND))).isEqualTo("AA AA AA 96 69 00 04 00 00 80 84");
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
        }
    }

    @Test
    void persistentFaultStaysUntilCleared() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().injectPersistent(Fault.status(0x60).on(ReaderCommand.SAM_STATUS));
            for (int i = 0; i < 3; i++) {
                assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo("AA AA AA 96 69 00 04 00 00 60 64");
            }
            assertThat(hex(host.exchange(RESET))).isEqualTo(SUCCESS);
            assertThat(host.emulator().pendingFaults()).isEqualTo(1);
            host.emulator().clearFaults();
            assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo(SUCCESS);
        }
    }

    @Test
    void noFingerprintContentOnlyForACardWithoutTemplates() throws Exception {
        try (StreamHost host = hostWith("resident-fp2")) {
            host.emulator().inject(Fault.noFingerprintContent());
            host.exchange(FIND);
            host.exchange(SELECT);
            assertThat(host.exchange(READ_FP)).hasSize(2321);
            assertThat(host.emulator().pendingFaults()).isEqualTo(1);

            host.emulator().place(CardLibrary.bundled().get("resident"));
            host.exchange(FIND);
            host.exchange(SELECT);
            assertThat(host.exchange(READ)).hasSize(1295);
            assertThat(hex(host.exchange(READ_FP))).isEqualTo("AA AA AA 96 69 00 04 00 00 91 95");
            assertThat(host.exchange(READ_FP)).hasSize(1297);
        }
    }

    @Test
    void truncatedReplySendsOnlyItsFirstBytes() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.truncate(8).on(ReaderCommand.FIND_CARD));
            host.send(FIND);
            host.send(SAM_STATUS);
            // the cut-off find reply, then straight away the whole status reply
            assertThat(hex(host.read(8))).isEqualTo("AA AA AA 96 69 00 08 00");
            assertThat(hex(host.readFrame())).isEqualTo(SUCCESS);
            // the truncated find still found the card
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_FOUND);
        }
    }

    @Test
    void garbageBeforeTheReply() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.garbage(hex("00 FF AA AA 13")));
            host.send(FIND);
            assertThat(hex(host.read(5 + 15))).isEqualTo("00 FF AA AA 13 " + FIND_OK);
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
        }
    }

    @Test
    void silentReaderIgnoresTheCommand() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.silent());
            host.send(FIND);
            assertThat(hex(host.exchange(RESET))).isEqualTo(SUCCESS);
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void slowReplyComesAfterTheDelay() throws Exception {
        Duration delay = Duration.ofMillis(150);
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.delay(delay));
            long start = System.nanoTime();
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        }
    }

    @Test
    void faultsCombineOneOfEachKind() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.garbage(hex("EE")));
            host.emulator().inject(Fault.corruptChecksum());
            host.emulator().inject(Fault.status(0x41));
            host.emulator().inject(Fault.status(0x81));
            host.send(SAM_STATUS);
            assertThat(hex(host.read(12))).isEqualTo("EE AA AA AA 96 69 00 04 00 00 41 BA");
            assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo("AA AA AA 96 69 00 04 00 00 81 85");
            assertThat(host.emulator().pendingFaults()).isZero();
        }
    }

    @Test
    void unplugFaultCutsTheReplyAndPullsTheCable() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.emulator().inject(Fault.truncate(100).on(ReaderCommand.READ_TEXT_PHOTO));
            host.emulator().inject(Fault.unplug().on(ReaderCommand.READ_TEXT_PHOTO));
            host.exchange(FIND);
            host.exchange(SELECT);
            host.send(READ);
            byte[] partial = host.read(100);
            assertThat(hex(Arrays.copyOf(partial, 7))).isEqualTo("AA AA AA 96 69 05 08");
            assertThat(host.emulator().awaitConnected(false, StreamHost.WAIT)).isTrue();
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);

            host.emulator().plugIn();
            assertThat(host.emulator().isConnected()).isTrue();
            assertThat(hex(host.exchange(RESET))).isEqualTo(SUCCESS);
            assertThat(host.available()).isZero();
        }
    }

    @Test
    void unplugOverStreamsEndsTheSessionUntilPluggedIn() throws Exception {
        try (StreamHost host = hostWith("resident")) {
            host.exchange(FIND);
            host.emulator().unplug();
            assertThat(host.emulator().isConnected()).isFalse();
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
            host.emulator().plugIn();
            assertThat(hex(host.exchange(concat(SELECT, FIND)))).isEqualTo("AA AA AA 96 69 00 04 00 00 81 85");
            assertThat(hex(host.readFrame())).isEqualTo(FIND_OK);
        }
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> Fault.status(0x90)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SW3 90 is a success, not a failure");
        assertThatThrownBy(() -> Fault.status(0x100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SW3 is one byte, not 256");
        assertThatThrownBy(() -> Fault.truncate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
