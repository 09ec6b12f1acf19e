package org.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kiosk.device.codec.Fuzz.randomBytes;
import static org.kiosk.device.codec.Fuzz.slice;
import static org.kiosk.device.idcard.TestFrames.concat;
import static org.kiosk.device.idcard.TestFrames.hex;
import static org.kiosk.device.idcard.TestFrames.pattern;
import static org.kiosk.device.idcard.TestFrames.readBody;
import static org.kiosk.device.idcard.TestFrames.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kiosk.device.codec.Fuzz;
import org.kiosk.device.idcard.codec.ReadReply;
import org.kiosk.device.idcard.codec.ReadReplyParser;
import org.kiosk.device.idcard.codec.ReplyFormatException;
import org.kiosk.device.idcard.codec.SamCommand;
import org.kiosk.device.idcard.codec.SamFrameDecoder;
import org.kiosk.device.idcard.codec.SamFrameException;
import org.kiosk.device.idcard.codec.SamId;
import org.kiosk.device.idcard.codec.SamReply;
import org.kiosk.device.idcard.document.CardLayout;
import org.kiosk.device.idcard.document.DocumentFormatException;
import org.kiosk.device.idcard.document.IdNumber;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.idcard.document.TextLayoutParser;
import org.kiosk.device.idcard.document.WltPhoto;

/**
 * Random and mutated input through decoder, read-reply parser and text parser. Only the codec's own checked
 * exceptions may come out (anything else fails the test by propagating), every call makes progress, and no
 * exception message carries a name or ID number from the cards.
 */
class IdCardFuzzTest {

    private static final byte[] SUCCESS = hex("AA AA AA 96 69 00 04 00 00 90 94");
    private static final List<String> PERSONAL = List.of(TestCards.RESIDENT_NAME, TestCards.RESIDENT_ID,
            TestCards.RESIDENT_ADDRESS, TestCards.PERMIT_NAME, TestCards.PERMIT_ID, TestCards.PERMIT_PASS,
            TestCards.FOREIGN_PERMIT, "SMITH", TestCards.FOREIGN_2023_ID, "18800101", "19980902", "19850101");

    private final List<byte[]> validFrames = validFrames();
    private final Stats stats = new Stats();

    private static List<byte[]> validFrames() {
        List<byte[]> frames = new ArrayList<>(List.of(SUCCESS, hex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"),
                hex("AA AA AA 96 69 00 04 00 00 41 45"), reply(0x90, pattern(16, 4))));
        for (byte[] text : TestCards.allLayouts()) {
            frames.add(reply(0x90, readBody(false, text, pattern(1024, 1), new byte[0])));
            for (int templates = 0; templates <= 2; templates++) {
                frames.add(reply(0x90, readBody(true, text, pattern(1024, 1), pattern(512 * templates, 2))));
            }
        }
        return frames;
    }

    private static final class Stats {
        int replies;
        int frameErrors;
        int replyErrors;
        int documents;
        int documentErrors;
    }

    @Test
    void randomChunks() {
        Random random = new Random(23);
        SamFrameDecoder decoder = new SamFrameDecoder();
        for (int i = 0; i < 50_000; i++) {
            byte[] chunk = switch (random.nextInt(10)) {
                case 0 -> TestFrames.PREAMBLE;
                case 1 -> concat(TestFrames.PREAMBLE, randomBytes(random, 2));
                case 2 -> slice(random, validFrames.get(random.nextInt(validFrames.size())));
                case 3 -> validFrames.get(random.nextInt(validFrames.size()));
                default -> randomBytes(random, random.nextInt(64));
            };
            feedAndDrain(decoder, chunk, random);
        }
        assertThat(stats.replies).isPositive();
        assertThat(stats.frameErrors).isPositive();
        assertThat(stats.documents).isPositive();
    }

    @Test
    void mutatedValidFrames() {
        Random random = new Random(29);
        for (int i = 0; i < 20_000; i++) {
            byte[] original = validFrames.get(random.nextInt(validFrames.size()));
            byte[] mutated = mutate(random, original);
            boolean recomputeChecksum = random.nextInt(3) == 0;
            if (recomputeChecksum && mutated.length > 7) {
                mutated[mutated.length - 1] = checksumOf(mutated);
            }
            SamFrameDecoder decoder = new SamFrameDecoder();
            Fuzz.inRandomChunks(random, mutated, 700,
                    (at, size) -> feedAndDrain(decoder, Arrays.copyOfRange(mutated, at, at + size), random));
            assertThat(decoder.buffered()).isLessThanOrEqualTo(SamFrameDecoder.MAX_LENGTH + 7);
            // whatever the mutation left behind, a cleared decoder reads the next good frame
            decoder.clear();
            decoder.feed(SUCCESS);
            try {
                assertThat(decoder.next()).isPresent();
            } catch (SamFrameException e) {
                fail("a cleared decoder rejected a good frame: " + e.getMessage());
            }
        }
        assertThat(stats.replies).isPositive();
        assertThat(stats.frameErrors).isPositive();
        assertThat(stats.replyErrors).isPositive();
        assertThat(stats.documents).isPositive();
        assertThat(stats.documentErrors).isPositive();
    }

    @Test
    void garbageAroundAnUntouchedFrameNeverLosesIt() throws Exception {
        Random random = new Random(31);
        for (int i = 0; i < 5_000; i++) {
            byte[] frame = validFrames.get(random.nextInt(validFrames.size()));
            // garbage that cannot hold a preamble: no 0xAA bytes
            byte[] garbage = randomBytes(random, random.nextInt(40));
            for (int j = 0; j < garbage.length; j++) {
                if (garbage[j] == (byte) 0xAA) {
                    garbage[j] = 0;
                }
            }
            SamFrameDecoder decoder = new SamFrameDecoder();
            byte[] stream = concat(garbage, frame, garbage, SUCCESS);
            List<SamReply> replies = new ArrayList<>();
            Fuzz.inRandomChunks(random, stream, 300, (at, size) -> {
                decoder.feed(stream, at, size);
                for (Optional<SamReply> reply = decoder.next(); reply.isPresent(); reply = decoder.next()) {
                    replies.add(reply.get());
                }
            });
            assertThat(replies).hasSize(2);
            assertThat(replies.get(0).dataLength()).isEqualTo(frame.length - 11);
            assertThat(decoder.skippedBytes()).isEqualTo(2L * garbage.length);
        }
    }

    @Test
    void mutatedTexts() {
        Random random = new Random(37);
        byte[][] texts = TestCards.allLayouts();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] text = texts[random.nextInt(texts.length)].clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int unit = random.nextInt(128);
                char c = randomTextUnit(random);
                text[2 * unit] = (byte) c;
                text[2 * unit + 1] = (byte) (c >> 8);
            }
            try {
                IdentityDocument document = TextLayoutParser.parse(text, new WltPhoto(new byte[1024]), List.of());
                accepted++;
                assertThat(document.birthDate()).isNotNull();
                assertThat(document.validFrom()).isNotNull();
                if (document.layout() != CardLayout.FOREIGN_OLD) {
                    assertThat(IdNumber.isValid(document.idNumber())).isTrue();
                }
                if (document.validTo() != null) {
                    assertThat(document.validTo()).isAfterOrEqualTo(document.validFrom());
                }
            } catch (DocumentFormatException e) {
                rejected++;
                assertNoPersonalData(e);
            }
        }
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }

    /** Feeds one chunk and takes out everything it completes; each call must consume bytes or stop. */
    private void feedAndDrain(SamFrameDecoder decoder, byte[] chunk, Random random) {
        decoder.feed(chunk);
        Fuzz.CallBudget budget = new Fuzz.CallBudget(decoder::buffered);
        while (true) {
            budget.spend();
            try {
                Optional<SamReply> reply = decoder.next();
                if (reply.isEmpty()) {
                    return;
                }
                stats.replies++;
                parse(reply.get(), random);
            } catch (SamFrameException e) {
                stats.frameErrors++;
                assertThat(e.code()).isIn(IdCardError.FRAME_ERROR, IdCardError.CHECKSUM_ERROR);
                assertNoPersonalData(e);
            }
        }
    }

    private void parse(SamReply reply, Random random) {
        try {
            SamId.parse(reply);
        } catch (ReplyFormatException e) {
            assertNoPersonalData(e);
        }
        SamCommand command = random.nextBoolean() ? SamCommand.READ_TEXT_PHOTO : SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
        ReadReply read;
        try {
            read = ReadReplyParser.parse(command, reply);
        } catch (ReplyFormatException e) {
            stats.replyErrors++;
            assertThat(e.code()).isNotNull();
            assertNoPersonalData(e);
            return;
        }
        try {
            TextLayoutParser.parse(read);
            stats.documents++;
        } catch (DocumentFormatException e) {
            stats.documentErrors++;
            assertNoPersonalData(e);
        }
    }

    private static void assertNoPersonalData(Exception e) {
        for (String personal : PERSONAL) {
            if (e.getMessage().contains(personal)) {
                fail("exception message carries personal data: %s", e.getClass().getSimpleName());
            }
        }
    }

    private static byte[] mutate(Random random, byte[] frame) {
        byte[] mutated = frame.clone();
        switch (random.nextInt(7)) {
            case 0 -> Fuzz.flipBits(random, mutated);
            case 1 -> mutated = Fuzz.truncate(random, mutated);
            case 2 -> Fuzz.mutateLengthField(random, mutated, 5,
                    SamFrameDecoder.MIN_LENGTH, SamFrameDecoder.MAX_LENGTH);
            case 3 -> mutated = Fuzz.insertGarbage(random, mutated, TestFrames.PREAMBLE);
            case 4 -> mutated = Fuzz.cut(random, mutated);
            case 5 -> {
                // a read body's own length fields (frame bytes 10..15)
                if (mutated.length > 16) {
                    int at = 10 + random.nextInt(6);
                    mutated[at] = (byte) random.nextInt(256);
                }
            }
            default -> {
                // text: a few UCS-2 units replaced (frame bytes 14 or 16 onwards)
                if (mutated.length > 300) {
                    int textAt = mutated.length == 1295 ? 14 : 16;
                    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                        int unit = random.nextInt(128);
                        char c = randomTextUnit(random);
                        mutated[textAt + 2 * unit] = (byte) c;
                        mutated[textAt + 2 * unit + 1] = (byte) (c >> 8);
                    }
                }
            }
        }
        return mutated;
    }

    /** XOR of everything after the preamble except the last byte. */
    private static byte checksumOf(byte[] frame) {
        int chk = 0;
        for (int i = 5; i < frame.length - 1; i++) {
            chk ^= frame[i];
        }
        return (byte) chk;
    }

    private static char randomTextUnit(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> (char) ('0' + random.nextInt(10));
            case 1 -> ' ';
            case 2 -> '\0';
            case 3 -> "长期XIJY".charAt(random.nextInt(6));
            case 4 -> (char) (0xD800 + random.nextInt(0x800));
            case 5 -> (char) random.nextInt(0x20);
            case 6 -> (char) ('A' + random.nextInt(26));
            default -> (char) random.nextInt(0x10000);
        };
    }

    @Test
    void theSamplesHoldThePersonalDataTheMessageCheckLooksFor() {
        byte[] all = concat(TestCards.allLayouts());
        for (String personal : PERSONAL) {
            assertThat(TestCards.containsUtf16(all, personal)).as(personal).isTrue();
        }
    }
}
