package org.kiosk.device.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.idcard.MemoryProbe.allZero;
import static org.kiosk.device.idcard.TestFrames.concat;
import static org.kiosk.device.idcard.TestFrames.hex;
import static org.kiosk.device.idcard.TestFrames.pattern;
import static org.kiosk.device.idcard.TestFrames.readBody;
import static org.kiosk.device.idcard.TestFrames.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.TestCards;

class SamFrameDecoderTest {

    private static final byte[] SUCCESS = hex("AA AA AA 96 69 00 04 00 00 90 94");
    private static final byte[] FIND_OK = hex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
    private static final byte[] READ_FAILED = hex("AA AA AA 96 69 00 04 00 00 41 45");

    private final SamFrameDecoder decoder = new SamFrameDecoder();

    /** Every reply the bytes hold, in order; the bytes must not hold errors. */
    private List<SamReply> drain() throws SamFrameException {
        List<SamReply> replies = new ArrayList<>();
        for (Optional<SamReply> reply = decoder.next(); reply.isPresent(); reply = decoder.next()) {
            replies.add(reply.get());
        }
        return replies;
    }

    private static byte[] readReplyFrame(int fingerprintBytes) {
        byte[] body = readBody(true, TestCards.resident().bytes(), pattern(1024, 1), pattern(fingerprintBytes, 2));
        return reply(0x90, body);
    }

    @Test
    void aWholeFrame() throws Exception {
        decoder.feed(SUCCESS);
        assertThat(decoder.next()).contains(new SamReply(0, 0, 0x90, new byte[0]));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.skippedBytes()).isZero();
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void lenCountsEverythingAfterItselfSoTheFrameIsLenPlusSeven() throws Exception {
        byte[] selectOk = hex("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C");
        assertThat(selectOk).hasSize(0x0C + 7);
        // one byte short of LEN + 7 is not a frame yet
        decoder.feed(Arrays.copyOf(selectOk, selectOk.length - 1));
        assertThat(decoder.next()).isEmpty();
        decoder.feed(new byte[] {(byte) 0x9C});
        assertThat(decoder.next().orElseThrow().dataLength()).isEqualTo(8);
    }

    @Test
    void lengthsWhoseNaiveMisreadDiffers() throws Exception {
        // a 30 01 reply: LEN 05 08 = 1288. In Java, b[5] << 8 + b[6] is b[5] << 16 = 327680.
        byte[] frame = reply(0x90, readBody(false, new byte[256], new byte[1024], new byte[0]));
        assertThat(frame).hasSize(1295);
        assertThat(hex(Arrays.copyOfRange(frame, 5, 7))).isEqualTo("05 08");
        int naive = frame[5] << 8 + frame[6];
        assertThat(naive).isNotEqualTo(1288);
        decoder.feed(frame);
        assertThat(decoder.next().orElseThrow().dataLength()).isEqualTo(1288 - 4);

        // LEN 01 00: a naive read of the low byte as signed also goes wrong once it is 0x80 or more
        byte[] twoFiftySix = reply(0x90, new byte[252]);
        assertThat(hex(Arrays.copyOfRange(twoFiftySix, 5, 7))).isEqualTo("01 00");
        byte[] highLowByte = reply(0x90, new byte[0x80 - 4 + 0x100]);
        assertThat(hex(Arrays.copyOfRange(highLowByte, 5, 7))).isEqualTo("01 80");
        assertThat((highLowByte[5] << 8) + highLowByte[6]).isNotEqualTo(0x180);
        decoder.feed(concat(twoFiftySix, highLowByte));
        assertThat(drain()).extracting(SamReply::dataLength).containsExactly(252, 0x17C);
    }

    @Test
    void readRepliesOfEverySize() throws Exception {
        for (int fingerprints : new int[] {0, 512, 1024}) {
            byte[] frame = readReplyFrame(fingerprints);
            assertThat(frame).hasSize(1297 + fingerprints);
            decoder.feed(frame);
            assertThat(decoder.next().orElseThrow().dataLength()).isEqualTo(frame.length - 11);
        }
        assertThat(decoder.skippedBytes()).isZero();
    }

    @Test
    void garbageBeforeThePreambleIsSkippedAndCounted() throws Exception {
        decoder.feed(concat(hex("00 FF AA AA 96 69 AA 13"), SUCCESS));
        assertThat(decoder.next()).map(SamReply::status).contains(SamStatus.SUCCESS);
        assertThat(decoder.skippedBytes()).isEqualTo(8);
    }

    @Test
    void garbageAloneIsDroppedAndDoesNotAccumulate() throws Exception {
        for (int i = 0; i < 1000; i++) {
            decoder.feed(pattern(100, i));
            decoder.next();
        }
        assertThat(decoder.buffered()).isLessThan(5);
        assertThat(decoder.skippedBytes()).isGreaterThan(99_000);
    }

    @Test
    void framesSplitAtEveryByteBoundary() throws Exception {
        byte[] stream = concat(FIND_OK, readReplyFrame(512), READ_FAILED);
        for (int cut = 0; cut <= stream.length; cut++) {
            SamFrameDecoder split = new SamFrameDecoder();
            List<SamReply> replies = new ArrayList<>();
            split.feed(Arrays.copyOfRange(stream, 0, cut));
            split.next().ifPresent(replies::add);
            split.feed(Arrays.copyOfRange(stream, cut, stream.length));
            for (Optional<SamReply> reply = split.next(); reply.isPresent(); reply = split.next()) {
                replies.add(reply.get());
            }
            assertThat(replies).as("cut at %d", cut).extracting(SamReply::status)
                    .containsExactly(SamStatus.FIND_CARD_SUCCESS, SamStatus.SUCCESS, SamStatus.READ_FAILED);
            assertThat(split.skippedBytes()).isZero();
        }
    }

    @Test
    void byteByByte() throws Exception {
        byte[] stream = concat(hex("13 37"), SUCCESS, hex("AA AA"), FIND_OK);
        List<SamReply> replies = new ArrayList<>();
        for (byte b : stream) {
            decoder.feed(new byte[] {b});
            decoder.next().ifPresent(replies::add);
        }
        assertThat(replies).extracting(SamReply::status).containsExactly(SamStatus.SUCCESS, SamStatus.FIND_CARD_SUCCESS);
        assertThat(decoder.skippedBytes()).isEqualTo(4);
    }

    @Test
    void twoFramesInOneChunk() throws Exception {
        decoder.feed(concat(SUCCESS, READ_FAILED));
        assertThat(drain()).extracting(SamReply::sw3).containsExactly(0x90, 0x41);
    }

    @Test
    void aPartialPreambleAtTheEndOfAChunkIsKept() throws Exception {
        decoder.feed(concat(hex("01 02 03"), Arrays.copyOf(SUCCESS, 4)));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(4);
        assertThat(decoder.skippedBytes()).isEqualTo(3);
        decoder.feed(Arrays.copyOfRange(SUCCESS, 4, SUCCESS.length));
        assertThat(decoder.next()).map(SamReply::status).contains(SamStatus.SUCCESS);
    }

    @Test
    void aTruncatedFrameWaits() throws Exception {
        byte[] frame = readReplyFrame(0);
        decoder.feed(Arrays.copyOf(frame, 700));
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(700);
        decoder.clear();
        assertThat(decoder.buffered()).isZero();
        assertThat(decoder.skippedBytes()).isEqualTo(700);
        decoder.feed(SUCCESS);
        assertThat(decoder.next()).isPresent();
    }

    @Test
    void lengthTooSmallIsAFrameErrorAndTheDecoderResynchronises() throws Exception {
        for (String len : new String[] {"00 00", "00 01", "00 03"}) {
            SamFrameDecoder fresh = new SamFrameDecoder();
            fresh.feed(concat(hex("AA AA AA 96 69 " + len + " 00 00 90"), SUCCESS));
            assertThatThrownBy(fresh::next).isInstanceOf(SamFrameException.class)
                    .hasMessageContaining("outside 4..2400")
                    .extracting(e -> ((SamFrameException) e).code()).isEqualTo(IdCardError.FRAME_ERROR);
            assertThat(fresh.next()).map(SamReply::status).contains(SamStatus.SUCCESS);
        }
    }

    @Test
    void lengthTooLargeIsAFrameErrorAtOnceWithoutWaitingForTheBytes() throws Exception {
        decoder.feed(hex("AA AA AA 96 69 09 61"));
        assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class)
                .extracting(e -> ((SamFrameException) e).code()).isEqualTo(IdCardError.FRAME_ERROR);
        decoder.feed(hex("00 00 90"));
        decoder.feed(FIND_OK);
        assertThat(decoder.next()).map(SamReply::status).contains(SamStatus.FIND_CARD_SUCCESS);
        assertThat(decoder.skippedBytes()).isEqualTo(10);
    }

    @Test
    void theLargestRealFrameIsWithinTheLimit() {
        assertThat(2321 - 7).isLessThanOrEqualTo(SamFrameDecoder.MAX_LENGTH);
    }

    @Test
    void aBadChecksumIsTypedAndTheNextFrameStillComes() throws Exception {
        byte[] corrupted = SUCCESS.clone();
        corrupted[corrupted.length - 1] ^= 0x01;
        decoder.feed(concat(corrupted, READ_FAILED));
        assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class)
                .hasMessage("reply of length 4 has checksum 95, the bytes give 94")
                .extracting(e -> ((SamFrameException) e).code()).isEqualTo(IdCardError.CHECKSUM_ERROR);
        assertThat(decoder.next()).map(SamReply::status).contains(SamStatus.READ_FAILED);
        assertThat(decoder.skippedBytes()).isEqualTo(SUCCESS.length);
    }

    @Test
    void aCorruptedLengthThatSwallowsTheNextFrameFindsItAgain() throws Exception {
        // LEN 00 04 corrupted to 00 10: the frame runs into the next one and its checksum fails
        byte[] corrupted = SUCCESS.clone();
        corrupted[6] = 0x10;
        decoder.feed(concat(corrupted, FIND_OK, READ_FAILED));
        assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class);
        assertThat(drain()).extracting(SamReply::status)
                .containsExactly(SamStatus.FIND_CARD_SUCCESS, SamStatus.READ_FAILED);
    }

    @Test
    void aFrameCutShortByANewFrameIsRecovered() throws Exception {
        // the reader gave up mid-frame and started again: the first frame's checksum fails on the second's bytes
        byte[] read = readReplyFrame(0);
        decoder.feed(concat(Arrays.copyOf(read, 300), read));
        assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class);
        assertThat(decoder.next()).map(SamReply::dataLength).contains(read.length - 11);
        assertThat(decoder.skippedBytes()).isEqualTo(300);
    }

    @Test
    void repliesHideTheirDataInToString() {
        SamReply reply = new SamReply(0, 0, 0x90, TestCards.resident().bytes());
        assertThat(reply.toString()).isEqualTo("SamReply[sw=00 00 90, 256 data bytes]");
    }

    @Test
    void returnedFramesAreZeroedInTheBuffer() throws Exception {
        decoder.feed(concat(readReplyFrame(1024), SUCCESS));
        assertThat(drain()).hasSize(2);
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void droppedBytesAreZeroed() throws Exception {
        // noise, then a read reply with a bad checksum: its preamble is dropped, then the rest as noise
        byte[] corrupted = readReplyFrame(1024);
        corrupted[corrupted.length - 1] ^= 0x01;
        decoder.feed(concat(pattern(40, 3), corrupted, SUCCESS));
        assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class);
        assertThat(drain()).extracting(SamReply::status).containsExactly(SamStatus.SUCCESS);
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void clearZeroesAPartialFrame() throws Exception {
        decoder.feed(Arrays.copyOf(readReplyFrame(1024), 2000));
        assertThat(decoder.next()).isEmpty();
        decoder.clear();
        assertThat(decoder.buffered()).isZero();
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void movingTheLiveBytesDownLeavesNoCopyBehind() throws Exception {
        // the first frame is returned, then the tail of the second needs room: the head is moved to the front
        byte[] read = readReplyFrame(1024);
        byte[] stream = concat(read, read);
        decoder.feed(Arrays.copyOf(stream, read.length + 1000));
        assertThat(decoder.next()).isPresent();
        byte[] before = decoder.bufferView();
        decoder.feed(stream, read.length + 1000, read.length - 1000);
        assertThat(decoder.bufferView()).isSameAs(before);
        assertThat(Arrays.copyOfRange(before, read.length, before.length)).as("beyond the live bytes")
                .containsOnly((byte) 0);
        assertThat(drain()).hasSize(1);
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void aGrowingBufferLeavesNoCopyBehind() throws Exception {
        byte[] read = readReplyFrame(1024);
        byte[] stream = concat(read, read);
        decoder.feed(Arrays.copyOf(stream, 3000));
        byte[] before = decoder.bufferView();
        decoder.feed(stream, 3000, stream.length - 3000);
        assertThat(decoder.bufferView()).isNotSameAs(before);
        assertThat(allZero(before)).isTrue();
        assertThat(drain()).hasSize(2);
        assertThat(allZero(decoder.bufferView())).isTrue();
    }

    @Test
    void wipeZeroesTheDataAndKeepsStatusAndLength() throws Exception {
        decoder.feed(readReplyFrame(1024));
        SamReply reply = decoder.next().orElseThrow();
        byte[] copy = reply.data();
        reply.wipe();
        assertThat(allZero(reply.dataView())).isTrue();
        assertThat(allZero(reply.data())).isTrue();
        assertThat(reply.dataLength()).isEqualTo(copy.length);
        assertThat(reply.status()).isEqualTo(SamStatus.SUCCESS);
        assertThat(allZero(copy)).as("a copy taken out is the caller's").isFalse();
    }

    @Test
    void aReplyKeepsItsOwnCopyOfTheDataPassedIn() {
        byte[] data = pattern(512, 4);
        SamReply reply = new SamReply(0, 0, 0x90, data);
        reply.wipe();
        assertThat(data).isEqualTo(pattern(512, 4));
    }
}
