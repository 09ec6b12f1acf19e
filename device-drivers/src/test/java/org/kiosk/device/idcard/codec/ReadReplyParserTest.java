package org.kiosk.device.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.idcard.MemoryProbe.allZero;
import static org.kiosk.device.idcard.TestFrames.hex;
import static org.kiosk.device.idcard.TestFrames.pattern;
import static org.kiosk.device.idcard.TestFrames.readBody;
import static org.kiosk.device.idcard.TestFrames.reply;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.TestCards;

class ReadReplyParserTest {

    private static final byte[] TEXT = TestCards.resident().bytes();
    private static final byte[] PHOTO = pattern(1024, 5);

    private static SamReply decode(byte[] frame) throws SamFrameException {
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(frame);
        return decoder.next().orElseThrow();
    }

    private static ReplyFormatException rejected(SamCommand command, SamReply reply) {
        try {
            ReadReplyParser.parse(command, reply);
        } catch (ReplyFormatException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void textAndPhotoReplyOf1295Bytes() throws Exception {
        byte[] frame = reply(0x90, readBody(false, TEXT, PHOTO, new byte[0]));
        assertThat(frame).hasSize(1295);
        assertThat(hex(Arrays.copyOfRange(frame, 5, 7))).isEqualTo("05 08");
        assertThat(hex(Arrays.copyOfRange(frame, 10, 14))).isEqualTo("01 00 04 00");

        ReadReply read = ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO, decode(frame));
        assertThat(read.text()).isEqualTo(TEXT);
        assertThat(read.photo()).isEqualTo(PHOTO);
        assertThat(read.fingerprints()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void withFingerprintsOf1297And1809And2321Bytes(int templates) throws Exception {
        byte[] fingerprints = pattern(512 * templates, 9);
        byte[] frame = reply(0x90, readBody(true, TEXT, PHOTO, fingerprints));
        assertThat(frame).hasSize(new int[] {1297, 1809, 2321}[templates]);

        ReadReply read = ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, decode(frame));
        assertThat(read.text()).isEqualTo(TEXT);
        assertThat(read.photo()).isEqualTo(PHOTO);
        assertThat(read.fingerprints()).hasSize(templates);
        for (int i = 0; i < templates; i++) {
            assertThat(read.fingerprints().get(i)).isEqualTo(Arrays.copyOfRange(fingerprints, 512 * i, 512 * (i + 1)));
        }
        assertThat(read.toString()).isEqualTo("ReadReply[text 256 bytes, photo 1024 bytes, " + templates + " fingerprint templates]");
    }

    @Test
    void noFingerprintStatusWithABodyStillGivesTextAndPhoto() throws Exception {
        SamReply reply = decode(reply(0x91, readBody(true, TEXT, PHOTO, new byte[0])));
        assertThat(ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, reply).fingerprints()).isEmpty();
    }

    @Test
    void aFailureStatusCarriesItsError() throws Exception {
        assertThat(rejected(SamCommand.READ_TEXT_PHOTO, decode(hex("AA AA AA 96 69 00 04 00 00 41 45"))))
                .hasMessage("the reader answered 41 (reading the card failed) to 30 01")
                .extracting(ReplyFormatException::code).isEqualTo(IdCardError.CARD_READ_FAILED);
        assertThat(rejected(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, new SamReply(0, 0, 0x91, new byte[0])).code())
                .isEqualTo(IdCardError.NO_FINGERPRINT_ON_CARD);
        assertThat(rejected(SamCommand.READ_TEXT_PHOTO, new SamReply(0, 0, 0x9F, new byte[4])).code())
                .as("a success status of another command is no read body").isEqualTo(IdCardError.FRAME_ERROR);
    }

    @Test
    void lengthsAreCheckedAgainstTheProtocolAndTheData() {
        assertMalformed(false, readBody(false, new byte[255], PHOTO, new byte[0]), "text length field is 255, not 256");
        assertMalformed(false, readBody(false, TEXT, new byte[1000], new byte[0]), "photo length field is 1000, not 1024");
        assertMalformed(true, readBody(true, TEXT, PHOTO, new byte[100]), "fingerprint length field is 100, not 0, 512 or 1024");
        assertMalformed(true, readBody(true, TEXT, PHOTO, new byte[1536]), "fingerprint length field is 1536, not 0, 512 or 1024");
        assertMalformed(false, new byte[3], "read reply body has 3 bytes, fewer than its 4-byte length header");
        byte[] truncated = readBody(false, TEXT, PHOTO, new byte[0]);
        assertMalformed(false, Arrays.copyOf(truncated, truncated.length - 1),
                "read reply body has 1283 bytes, its length fields add up to 1284");
        assertMalformed(false, Arrays.copyOf(truncated, truncated.length + 1),
                "read reply body has 1285 bytes, its length fields add up to 1284");
        // a 30 10 body taken for a 30 01 one: the fingerprint length field makes it two bytes too long
        assertMalformed(false, readBody(true, TEXT, PHOTO, new byte[0]),
                "read reply body has 1286 bytes, its length fields add up to 1284");
    }

    private static void assertMalformed(boolean withFingerprints, byte[] body, String message) {
        assertThatThrownBy(() -> ReadReplyParser.parseBody(withFingerprints, body))
                .isInstanceOf(ReplyFormatException.class).hasMessage(message)
                .extracting(e -> ((ReplyFormatException) e).code()).isEqualTo(IdCardError.FRAME_ERROR);
    }

    @Test
    void onlyReadCommandsHaveABody() {
        assertThatThrownBy(() -> ReadReplyParser.parse(SamCommand.FIND_CARD, new SamReply(0, 0, 0x9F, new byte[4])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samIdFormatting() throws Exception {
        // 05 . 01 - 0x01020304 - 7 - 4294967295 (unsigned)
        byte[] data = hex("05 00 01 00 04 03 02 01 07 00 00 00 FF FF FF FF");
        SamReply reply = decode(reply(0x90, data));
        SamId id = SamId.parse(reply);
        assertThat(id.toString()).isEqualTo("05.01-16909060-000000007-4294967295");
        assertThat(id).isEqualTo(new SamId(5, 1, 0x01020304L, 7, 0xFFFFFFFFL));
    }

    @Test
    void samIdOfTheWrongLengthOrAFailureIsRejected() {
        assertThatThrownBy(() -> SamId.parse(new SamReply(0, 0, 0x90, new byte[15])))
                .isInstanceOf(ReplyFormatException.class).hasMessage("SAM id reply has 15 data bytes, not 16");
        assertThatThrownBy(() -> SamId.parse(new SamReply(0, 0, 0x60, new byte[0])))
                .isInstanceOf(ReplyFormatException.class)
                .extracting(e -> ((ReplyFormatException) e).code()).isEqualTo(IdCardError.SAM_FAULT);
    }

    @Test
    void wipeZeroesTextPhotoAndTemplatesAndKeepsTheirSizes() throws Exception {
        byte[] fingerprints = pattern(1024, 9);
        SamReply reply = decode(reply(0x90, readBody(true, TEXT, PHOTO, fingerprints)));
        ReadReply read = ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, reply);
        byte[] template = read.fingerprints().getFirst();

        read.wipe();

        assertThat(read.text()).hasSize(256).containsOnly((byte) 0);
        assertThat(read.photo()).hasSize(1024).containsOnly((byte) 0);
        assertThat(read.fingerprints()).hasSize(2).allSatisfy(t -> assertThat(t).hasSize(512).containsOnly((byte) 0));
        assertThat(template).as("a copy taken out is the caller's").isEqualTo(Arrays.copyOf(fingerprints, 512));
        assertThat(reply.dataView()).as("the frame's data is the caller's to wipe")
                .isEqualTo(readBody(true, TEXT, PHOTO, fingerprints));
        reply.wipe();
        assertThat(allZero(reply.dataView())).isTrue();
    }

    @Test
    void aReadReplyKeepsItsOwnCopies() {
        byte[] text = TEXT.clone();
        byte[] photo = PHOTO.clone();
        byte[] template = pattern(512, 6);
        new ReadReply(text, photo, List.of(template)).wipe();
        assertThat(text).isEqualTo(TEXT);
        assertThat(photo).isEqualTo(PHOTO);
        assertThat(template).isEqualTo(pattern(512, 6));
    }
}
