package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.Hex.concat;
import static org.kiosk.sim.Hex.hex;

/** The commands of the protocol notes' table, answered as the notes document; frames written out by hand. */
class CommandRepliesTest {

    static final byte[] RESET = hex("AA AA AA 96 69 00 03 10 FF EC");
    static final byte[] SAM_STATUS = hex("AA AA AA 96 69 00 03 11 FF ED");
    static final byte[] READ_SAM_ID = hex("AA AA AA 96 69 00 03 12 FF EE");
    static final byte[] FIND = hex("AA AA AA 96 69 00 03 20 01 22");
    static final byte[] SELECT = hex("AA AA AA 96 69 00 03 20 02 21");
    static final byte[] READ = hex("AA AA AA 96 69 00 03 30 01 32");
    static final byte[] READ_FP = hex("AA AA AA 96 69 00 03 30 10 23");

    static final String SUCCESS = "AA AA AA 96 69 00 04 00 00 90 94";
    static final String FIND_OK = "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97";
    static final String SELECT_OK = "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C";
    static final String FIND_FAILED = "AA AA AA 96 69 00 04 00 00 80 84";
    static final String SELECT_FAILED = "AA AA AA 96 69 00 04 00 00 81 85";
    static final String READ_FAILED = "AA AA AA 96 69 00 04 00 00 41 45";

    private static Card card(String name) {
        return CardLibrary.bundled().get(name);
    }

    @Test
    void samCommandsSucceed() throws Exception {
        try (StreamHost host = StreamHost.start()) {
            assertThat(hex(host.exchange(RESET))).isEqualTo(SUCCESS);
            assertThat(hex(host.exchange(SAM_STATUS))).isEqualTo(SUCCESS);
        }
    }

    @Test
    void readSamIdGivesSixteenBytesShownAsTheNotesSay() throws Exception {
        try (StreamHost host = StreamHost.start()) {
            byte[] reply = host.exchange(READ_SAM_ID);
            assertThat(hex(reply)).isEqualTo("AA AA AA 96 69 00 14 00 00 90 "
                    + "05 00 01 00 E5 D6 34 01 15 CD 5B 07 B1 68 DE 3A 3F");
            ByteBuffer le = ByteBuffer.wrap(reply).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(String.format("%02d.%02d-%d-%09d-%09d", reply[10], reply[12], le.getInt(14), le.getInt(18),
                    le.getInt(22))).isEqualTo("05.01-20240101-123456789-987654321");
        }
    }

    @Test
    void aConfiguredSamIdIsReported() throws Exception {
        byte[] id = hex("01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10");
        try (StreamHost host = StreamHost.start(b -> b.samId(id))) {
            assertThat(hex(host.exchange(READ_SAM_ID)))
                    .isEqualTo("AA AA AA 96 69 00 14 00 00 90 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 94");
        }
    }

    @Test
    void withoutACardFindSelectAndReadFail() throws Exception {
        try (StreamHost host = StreamHost.start()) {
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_FAILED);
            assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_FAILED);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
            assertThat(hex(host.exchange(READ_FP))).isEqualTo(READ_FAILED);
            assertThat(host.emulator().state()).isEqualTo(ReaderState.NO_CARD);
        }
    }

    @Test
    void findSelectReadWithACard() throws Exception {
        try (StreamHost host = StreamHost.start()) {
            host.emulator().place(card("resident"));
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_FOUND);
            assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_OK);
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_SELECTED);
            assertThat(host.exchange(READ)).hasSize(1295);
            // reading again needs no new find
            assertThat(host.exchange(READ_FP)).hasSize(1297);
        }
    }

    @Test
    void selectNeedsFindAndReadNeedsSelect() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_FAILED);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
            assertThat(hex(host.exchange(SELECT))).isEqualTo(SELECT_OK);
            // a new find ends the selection
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
        }
    }

    @Test
    void placingRemovingAndResettingEndTheSession() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            host.exchange(FIND);
            host.exchange(SELECT);
            host.emulator().place(card("resident-fp2"));
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);

            host.exchange(FIND);
            host.exchange(SELECT);
            assertThat(hex(host.exchange(RESET))).isEqualTo(SUCCESS);
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);

            host.exchange(FIND);
            host.exchange(SELECT);
            host.emulator().remove();
            assertThat(host.emulator().card()).isEmpty();
            assertThat(hex(host.exchange(READ))).isEqualTo(READ_FAILED);
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_FAILED);
        }
    }

    @Test
    void hostFrameWithBadChecksumIsAnswered10() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 00 03 20 01 23"))))
                    .isEqualTo("AA AA AA 96 69 00 04 00 00 10 14");
            assertThat(host.emulator().state()).isEqualTo(ReaderState.CARD_PRESENT);
        }
    }

    @Test
    void hostFrameWithBadLengthIsAnswered11() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            String lengthError = "AA AA AA 96 69 00 04 00 00 11 15";
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 00 02 20 01")))).isEqualTo(lengthError);
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 01 00 20 01")))).isEqualTo(lengthError);
            // well formed, but find carries no data
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 00 05 20 01 00 00 24")))).isEqualTo(lengthError);
            // the refused frames' leftovers are skipped; the next good frame is answered
            assertThat(hex(host.exchange(FIND))).isEqualTo(FIND_OK);
        }
    }

    @Test
    void unknownCommandIsAnswered21() throws Exception {
        try (StreamHost host = StreamHost.start()) {
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 00 03 40 01 42"))))
                    .isEqualTo("AA AA AA 96 69 00 04 00 00 21 25");
            assertThat(hex(host.exchange(hex("AA AA AA 96 69 00 03 20 03 20"))))
                    .isEqualTo("AA AA AA 96 69 00 04 00 00 21 25");
        }
    }

    @Test
    void garbageBeforeAFrameAndAFrameInPiecesAreHandled() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            assertThat(hex(host.exchange(concat(hex("00 13 AA AA 96 AA"), FIND)))).isEqualTo(FIND_OK);
            for (byte b : SELECT) {
                host.send(new byte[] {b});
            }
            assertThat(hex(host.readFrame())).isEqualTo(SELECT_OK);
        }
    }

    @Test
    void twoFramesInOneWriteGetTwoReplies() throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(card("resident")))) {
            host.send(concat(FIND, SELECT));
            assertThat(hex(host.readFrame())).isEqualTo(FIND_OK);
            assertThat(hex(host.readFrame())).isEqualTo(SELECT_OK);
        }
    }
}
