package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.Hex.u16;
import static org.kiosk.sim.idcard.CommandRepliesTest.FIND;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ;
import static org.kiosk.sim.idcard.CommandRepliesTest.READ_FP;
import static org.kiosk.sim.idcard.CommandRepliesTest.SELECT;
import static org.kiosk.sim.idcard.ReplyFrames.expectedChecksum;
import static org.kiosk.sim.idcard.ReplyFrames.padded;
import static org.kiosk.sim.idcard.ReplyFrames.ucs2;

/** Read replies: sizes, LEN, length fields and checksum, and the card text at the notes' offsets. */
class ReadReplyTest {

    /** Frame offset of the text in a 30 01 reply: header 7, SW 3, TEXT_LEN and PHOTO_LEN 4. */
    private static final int TEXT = 14;
    /** In a 30 10 reply FP_LEN comes before the text. */
    private static final int TEXT_FP = 16;

    private static byte[] read(String cardName, byte[] command) throws Exception {
        try (StreamHost host = StreamHost.start(b -> b.card(CardLibrary.bundled().get(cardName)))) {
            host.exchange(FIND);
            host.exchange(SELECT);
            return host.exchange(command);
        }
    }

    @Test
    void textAndPhotoReplyIs1295BytesWithLen0508() throws Exception {
        Card card = CardLibrary.bundled().get("resident-fp2");
        byte[] reply = read("resident-fp2", READ);
        assertThat(reply).hasSize(1295);
        assertThat(hex(Arrays.copyOf(reply, 14))).isEqualTo("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
        assertThat(reply[reply.length - 1] & 0xFF).isEqualTo(expectedChecksum(reply));
        assertThat(Arrays.copyOfRange(reply, TEXT + 256, TEXT + 256 + 1024)).isEqualTo(card.photo());
    }

    @Test
    void fingerprintReplyIs1297_1809_or2321Bytes() throws Exception {
        record Expected(String card, int size, String len, String fpLen, int templates) {
        }
        for (Expected e : List.of(new Expected("resident", 1297, "05 0A", "00 00", 0),
                new Expected("hmt-macao", 1809, "07 0A", "02 00", 1),
                new Expected("resident-fp2", 2321, "09 0A", "04 00", 2))) {
            Card card = CardLibrary.bundled().get(e.card());
            byte[] reply = read(e.card(), READ_FP);
            assertThat(reply).as(e.card()).hasSize(e.size());
            assertThat(hex(Arrays.copyOf(reply, 16))).as(e.card())
                    .isEqualTo("AA AA AA 96 69 " + e.len() + " 00 00 90 01 00 04 00 " + e.fpLen());
            assertThat(reply[reply.length - 1] & 0xFF).as(e.card()).isEqualTo(expectedChecksum(reply));
            assertThat(Arrays.copyOfRange(reply, TEXT_FP + 256, TEXT_FP + 1280)).isEqualTo(card.photo());
            for (int i = 0; i < e.templates(); i++) {
                int at = TEXT_FP + 1280 + 512 * i;
                assertThat(Arrays.copyOfRange(reply, at, at + 512)).isEqualTo(card.fingerprints().get(i));
            }
        }
    }

    @Test
    void readWithoutFingerprintsLeavesTheTemplatesOut() throws Exception {
        assertThat(read("resident-fp2", READ)).hasSize(1295);
    }

    @Test
    void residentCardText() throws Exception {
        byte[] r = read("resident-fp2", READ);
        // 测 U+6D4B, 试 U+8BD5, 一 U+4E00, then spaces
        assertThat(hex(Arrays.copyOfRange(r, TEXT, TEXT + 8))).isEqualTo("4B 6D D5 8B 00 4E 20 00");
        assertThat(ucs2(r, TEXT, 30)).isEqualTo(padded("测试一", 15));
        assertThat(ucs2(r, TEXT + 30, 2)).isEqualTo("1");
        assertThat(ucs2(r, TEXT + 32, 4)).isEqualTo("01");
        assertThat(ucs2(r, TEXT + 36, 16)).isEqualTo("19781216");
        assertThat(ucs2(r, TEXT + 52, 70)).isEqualTo(padded("江苏省测试市示例区样板路1号", 35));
        assertThat(ucs2(r, TEXT + 122, 36)).isEqualTo("321083197812162119");
        assertThat(ucs2(r, TEXT + 158, 30)).isEqualTo(padded("测试市公安局示例分局", 15));
        assertThat(ucs2(r, TEXT + 188, 16)).isEqualTo("20200101");
        assertThat(ucs2(r, TEXT + 204, 16)).isEqualTo("20400101");
        assertThat(hex(Arrays.copyOfRange(r, TEXT + 220, TEXT + 256))).isEqualTo("20 00 ".repeat(18).trim());
    }

    @Test
    void longTermValidityIsWrittenAsChangqi() throws Exception {
        byte[] r = read("resident-long-term", READ);
        // 长 U+957F, 期 U+671F
        assertThat(hex(Arrays.copyOfRange(r, TEXT + 204, TEXT + 220)))
                .isEqualTo("7F 95 1F 67 20 00 20 00 20 00 20 00 20 00 20 00");
        assertThat(ucs2(r, TEXT + 122, 36)).isEqualTo("33010219200403064X");
    }

    @Test
    void hongKongMacaoTaiwanPermitText() throws Exception {
        byte[] r = read("hmt-hong-kong", READ);
        assertThat(ucs2(r, TEXT, 30)).isEqualTo(padded("测试六", 15));
        assertThat(ucs2(r, TEXT + 30, 2)).isEqualTo("1");
        assertThat(ucs2(r, TEXT + 32, 4)).isEqualTo("  ");
        assertThat(ucs2(r, TEXT + 36, 16)).isEqualTo("19980902");
        assertThat(ucs2(r, TEXT + 122, 36)).isEqualTo("81000019980902013X");
        assertThat(ucs2(r, TEXT + 188, 16)).isEqualTo("20220301");
        assertThat(ucs2(r, TEXT + 204, 16)).isEqualTo("20270301");
        assertThat(ucs2(r, TEXT + 220, 18)).isEqualTo("H12345678");
        assertThat(ucs2(r, TEXT + 238, 4)).isEqualTo("01");
        assertThat(hex(Arrays.copyOfRange(r, TEXT + 248, TEXT + 250))).isEqualTo("4A 00");
        assertThat(ucs2(read("hmt-macao", READ), TEXT + 122, 36)).isEqualTo("820000200009100032");
    }

    @Test
    void oldForeignerCardText() throws Exception {
        byte[] r = read("foreign-old", READ);
        assertThat(ucs2(r, TEXT, 120)).isEqualTo(padded("TEST, ALPHA", 60));
        assertThat(ucs2(r, TEXT + 120, 2)).isEqualTo("1");
        assertThat(ucs2(r, TEXT + 122, 30)).isEqualTo("GBR110085010112");
        assertThat(ucs2(r, TEXT + 152, 6)).isEqualTo("GBR");
        assertThat(ucs2(r, TEXT + 158, 30)).isEqualTo(padded("测试甲", 15));
        assertThat(ucs2(r, TEXT + 188, 16)).isEqualTo("20200101");
        assertThat(ucs2(r, TEXT + 204, 16)).isEqualTo("20300101");
        assertThat(ucs2(r, TEXT + 220, 16)).isEqualTo("19850101");
        assertThat(ucs2(r, TEXT + 236, 4)).isEqualTo("01");
        assertThat(ucs2(r, TEXT + 240, 8)).isEqualTo("1100");
        assertThat(hex(Arrays.copyOfRange(r, TEXT + 248, TEXT + 256))).isEqualTo("49 00 20 00 20 00 20 00");
    }

    @Test
    void foreignerCard2023Text() throws Exception {
        byte[] r = read("foreign-2023", READ);
        assertThat(ucs2(r, TEXT, 30)).isEqualTo(padded("测试乙", 15));
        assertThat(ucs2(r, TEXT + 30, 2)).isEqualTo("1");
        assertThat(ucs2(r, TEXT + 32, 4)).isEqualTo("00");
        assertThat(ucs2(r, TEXT + 36, 16)).isEqualTo("19850101");
        assertThat(ucs2(r, TEXT + 52, 70)).isEqualTo("TEST, BRAVO CHARLIE DELTA ECHO FOXT");
        assertThat(ucs2(r, TEXT + 122, 36)).isEqualTo("932682198501010017");
        assertThat(ucs2(r, TEXT + 158, 30)).isEqualTo(" ".repeat(15));
        assertThat(ucs2(r, TEXT + 188, 16)).isEqualTo("20230601");
        assertThat(ucs2(r, TEXT + 204, 16)).isEqualTo("20330601");
        assertThat(ucs2(r, TEXT + 220, 22)).isEqualTo(padded("ROT", 11));
        assertThat(ucs2(r, TEXT + 242, 6)).isEqualTo("GBR");
        assertThat(hex(Arrays.copyOfRange(r, TEXT + 248, TEXT + 250))).isEqualTo("59 00");
    }

    @Test
    void aCardMaySetItsOwnTypeMarker() throws Exception {
        Card odd = Card.builder("odd-marker", CardLayout.HMT_PERMIT)
                .field(CardField.NAME, "测试").field(CardField.SEX, "1").field(CardField.BIRTH_DATE, "19980902")
                .field(CardField.ADDRESS, "").field(CardField.ID_NUMBER, "81000019980902013X")
                .field(CardField.ISSUER, "").field(CardField.VALID_FROM, "20220301")
                .field(CardField.VALID_TO, "20270301").field(CardField.PASS_NUMBER, "H12345678")
                .field(CardField.ISSUE_COUNT, "01").field(CardField.TYPE_MARKER, "Q").build();
        try (StreamHost host = StreamHost.start(b -> b.card(odd))) {
            host.exchange(FIND);
            host.exchange(SELECT);
            byte[] r = host.exchange(READ);
            assertThat(hex(Arrays.copyOfRange(r, TEXT + 248, TEXT + 250))).isEqualTo("51 00");
            assertThat(u16(r, 10)).isEqualTo(256);
        }
    }
}
