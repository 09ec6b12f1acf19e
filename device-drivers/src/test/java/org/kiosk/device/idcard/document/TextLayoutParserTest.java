package org.kiosk.device.idcard.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.device.idcard.TestCards.FOREIGN_2023_ENGLISH_NAME;
import static org.kiosk.device.idcard.TestCards.FOREIGN_2023_ID;
import static org.kiosk.device.idcard.TestCards.FOREIGN_CHINESE_NAME;
import static org.kiosk.device.idcard.TestCards.FOREIGN_ENGLISH_NAME;
import static org.kiosk.device.idcard.TestCards.FOREIGN_PERMIT;
import static org.kiosk.device.idcard.TestCards.PERMIT_ADDRESS;
import static org.kiosk.device.idcard.TestCards.PERMIT_ID;
import static org.kiosk.device.idcard.TestCards.PERMIT_NAME;
import static org.kiosk.device.idcard.TestCards.PERMIT_PASS;
import static org.kiosk.device.idcard.TestCards.RESIDENT_ADDRESS;
import static org.kiosk.device.idcard.TestCards.RESIDENT_AUTHORITY;
import static org.kiosk.device.idcard.TestCards.RESIDENT_ID;
import static org.kiosk.device.idcard.TestCards.RESIDENT_NAME;
import static org.kiosk.device.idcard.TestFrames.pattern;
import static org.kiosk.device.idcard.TestFrames.readBody;
import static org.kiosk.device.idcard.TestFrames.reply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.TestCards;
import org.kiosk.device.idcard.codec.ReadReply;
import org.kiosk.device.idcard.codec.ReadReplyParser;
import org.kiosk.device.idcard.codec.SamCommand;
import org.kiosk.device.idcard.codec.SamFrameDecoder;

class TextLayoutParserTest {

    private static final WltPhoto PHOTO = new WltPhoto(pattern(1024, 3));

    private static IdentityDocument parse(TestCards.Text text) throws DocumentFormatException {
        return TextLayoutParser.parse(text.bytes(), PHOTO, List.of());
    }

    private static DocumentFormatException rejected(TestCards.Text text) {
        try {
            parse(text);
        } catch (DocumentFormatException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void residentIdCard() throws Exception {
        IdentityDocument document = parse(TestCards.resident());
        assertThat(document.layout()).isEqualTo(CardLayout.RESIDENT);
        assertThat(document.type()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(document.name()).isEqualTo(RESIDENT_NAME);
        assertThat(document.englishName()).isNull();
        assertThat(document.sex()).isEqualTo(Sex.MALE);
        assertThat(document.ethnicity()).isEqualTo(Ethnicity.HAN);
        assertThat(document.nationality()).isNull();
        assertThat(document.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(document.address()).isEqualTo(RESIDENT_ADDRESS);
        assertThat(document.idNumber()).isEqualTo(RESIDENT_ID);
        assertThat(document.issuingAuthority()).isEqualTo(RESIDENT_AUTHORITY);
        assertThat(document.validFrom()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(document.validTo()).isEqualTo(LocalDate.of(2035, 3, 1));
        assertThat(document.passNumber()).isNull();
        assertThat(document.issueCount()).isNull();
        assertThat(document.photo()).isEqualTo(PHOTO);
        assertThat(document.fingerprints()).isEmpty();
    }

    @Test
    void noExpiryIsLongTerm() throws Exception {
        IdentityDocument document = parse(TestCards.resident("11010519491231002X", "20100101", "长期"));
        assertThat(document.validTo()).isNull();
        assertThat(document.expiry()).isEmpty();
        assertThat(document.hasNoExpiry()).isTrue();
        assertThat(document.expired(LocalDate.of(2999, 12, 31))).isFalse();
        assertThat(document.toString()).contains("validTo=none");
    }

    @Test
    void expiredAgainstAGivenDate() throws Exception {
        IdentityDocument document = parse(TestCards.resident());
        assertThat(document.expired(LocalDate.of(2035, 3, 1))).as("valid through its last day").isFalse();
        assertThat(document.expired(LocalDate.of(2035, 3, 2))).isTrue();
        assertThat(document.expired(LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void hongKongMacaoTaiwanPermit() throws Exception {
        IdentityDocument document = parse(TestCards.hmtPermit());
        assertThat(document.layout()).isEqualTo(CardLayout.HMT_PERMIT);
        assertThat(document.type()).isEqualTo(DocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(document.name()).isEqualTo(PERMIT_NAME);
        assertThat(document.sex()).isEqualTo(Sex.FEMALE);
        assertThat(document.ethnicity()).as("reserved on the permit").isNull();
        assertThat(document.birthDate()).isEqualTo(LocalDate.of(1998, 9, 2));
        assertThat(document.address()).isEqualTo(PERMIT_ADDRESS);
        assertThat(document.idNumber()).isEqualTo(PERMIT_ID);
        assertThat(document.issuingAuthority()).isEqualTo("深圳市公安局");
        assertThat(document.validFrom()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(document.validTo()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(document.passNumber()).isEqualTo(PERMIT_PASS);
        assertThat(document.issueCount()).isEqualTo(3);
    }

    @Test
    void ethnicityFieldOfThePermitIsIgnoredWhateverItHolds() throws Exception {
        assertThat(parse(TestCards.hmtPermit().put(32, 4, "ZZ")).ethnicity()).isNull();
    }

    @Test
    void oldForeignerCard() throws Exception {
        IdentityDocument document = parse(TestCards.foreignOld());
        assertThat(document.layout()).isEqualTo(CardLayout.FOREIGN_OLD);
        assertThat(document.type()).isEqualTo(DocumentType.FOREIGN_PERMANENT_RESIDENCE);
        assertThat(document.englishName()).isEqualTo(FOREIGN_ENGLISH_NAME);
        assertThat(document.name()).isEqualTo(FOREIGN_CHINESE_NAME);
        assertThat(document.sex()).isEqualTo(Sex.MALE);
        assertThat(document.idNumber()).isEqualTo(FOREIGN_PERMIT);
        assertThat(document.nationality()).isEqualTo("CAN");
        assertThat(document.validFrom()).isEqualTo(LocalDate.of(2017, 6, 1));
        assertThat(document.validTo()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(document.birthDate()).isEqualTo(LocalDate.of(1970, 3, 15));
        assertThat(document.cardVersion()).isEqualTo("01");
        assertThat(document.issuingAuthority()).isEqualTo("1100");
        assertThat(document.address()).isNull();
        assertThat(document.ethnicity()).isNull();
    }

    @Test
    void oldForeignerCardWithoutAChineseName() throws Exception {
        assertThat(parse(TestCards.foreignOld().put(158, 30, "")).name()).isNull();
    }

    @Test
    void oldForeignerCardNeedsAnAlpha3Country() {
        for (String country : new String[] {"", "CA", "can", "C1N"}) {
            DocumentFormatException e = rejected(TestCards.foreignOld().put(152, 6, country));
            assertThat(e.field()).isEqualTo(DocumentField.NATIONALITY);
        }
    }

    @Test
    void foreignerCard2023() throws Exception {
        IdentityDocument document = parse(TestCards.foreign2023());
        assertThat(document.layout()).isEqualTo(CardLayout.FOREIGN_2023);
        assertThat(document.type()).isEqualTo(DocumentType.FOREIGN_PERMANENT_RESIDENCE);
        assertThat(document.name()).isEqualTo("万德比");
        assertThat(document.englishName()).isEqualTo(FOREIGN_2023_ENGLISH_NAME);
        assertThat(document.sex()).isEqualTo(Sex.FEMALE);
        assertThat(document.issueCount()).isEqualTo(1);
        assertThat(document.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(document.idNumber()).isEqualTo(FOREIGN_2023_ID);
        assertThat(document.issuingAuthority()).isNull();
        assertThat(document.validFrom()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(document.validTo()).isEqualTo(LocalDate.of(2033, 6, 1));
        assertThat(document.nationality()).isEqualTo("USA");
    }

    @Test
    void foreignerCard2023WithAShortEnglishNameAndUnreadableOptionalFields() throws Exception {
        IdentityDocument document = parse(TestCards.foreign2023()
                .put(52, 70, "DOE, JANE").put(220, 22, "").put(32, 4, "?").put(242, 6, ""));
        assertThat(document.englishName()).isEqualTo("DOE, JANE");
        assertThat(document.issueCount()).isNull();
        assertThat(document.nationality()).isNull();
    }

    @Test
    void foreignerCard2023NeedsSomeName() {
        DocumentFormatException e = rejected(TestCards.foreign2023().put(0, 30, "").put(52, 70, "").put(220, 22, ""));
        assertThat(e.field()).isEqualTo(DocumentField.NAME);
    }

    @Test
    void aBadCheckDigitIsATypedErrorThatDoesNotShowTheNumber() {
        DocumentFormatException e = rejected(TestCards.resident("110105194912310021", "20150301", "20350301"));
        assertThat(e.code()).isEqualTo(IdCardError.DOCUMENT_INVALID);
        assertThat(e.field()).isEqualTo(DocumentField.ID_NUMBER);
        assertThat(e.getMessage()).isEqualTo("ID number: check digit does not match (GB 11643)")
                .doesNotContain("110105").doesNotContain("0021");
        assertThat(rejected(TestCards.hmtPermit().put(122, 36, "810000199809020131")).field())
                .isEqualTo(DocumentField.ID_NUMBER);
        assertThat(rejected(TestCards.foreign2023().put(122, 36, "932682198501010018")).field())
                .isEqualTo(DocumentField.ID_NUMBER);
    }

    @Test
    void malformedIdNumbers() {
        for (String number : new String[] {"", "44052418800101001", "44052418800101001A", "44052418800101 014"}) {
            DocumentFormatException e = rejected(TestCards.resident(number, "20150301", "20350301"));
            assertThat(e.field()).isEqualTo(DocumentField.ID_NUMBER);
            assertThat(e.getMessage()).doesNotContain("440524");
        }
    }

    @Test
    void badDatesNameTheField() {
        assertThat(rejected(TestCards.resident(RESIDENT_ID, "20150230", "20350301")).getMessage())
                .isEqualTo("valid-from date: is not a calendar date");
        assertThat(rejected(TestCards.resident(RESIDENT_ID, "2015031", "20350301")).getMessage())
                .isEqualTo("valid-from date: is not eight digits YYYYMMDD");
        assertThat(rejected(TestCards.resident(RESIDENT_ID, "20150301", "长")).field()).isEqualTo(DocumentField.VALID_TO);
        assertThat(rejected(TestCards.resident(RESIDENT_ID, "20150301", "20100301")).getMessage())
                .isEqualTo("valid-to date: is before the valid-from date");
        DocumentFormatException birth = rejected(TestCards.resident().put(36, 16, "18801301"));
        assertThat(birth.getMessage()).isEqualTo("birth date: is not a calendar date").doesNotContain("1880");
    }

    @Test
    void unknownTypeMarker() {
        DocumentFormatException e = rejected(TestCards.resident().put(248, 2, "Q"));
        assertThat(e.code()).isEqualTo(IdCardError.UNKNOWN_CARD_TYPE);
        assertThat(e.field()).isEqualTo(DocumentField.TYPE_MARKER);
        assertThat(e.getMessage()).isEqualTo("type marker: U+0051 is not a known type marker");
    }

    @Test
    void aNulMarkerIsBlankToo() throws Exception {
        assertThat(parse(TestCards.resident().putBytes(248, (byte) 0, (byte) 0)).layout()).isEqualTo(CardLayout.RESIDENT);
    }

    @Test
    void sexAndEthnicityCodes() throws Exception {
        assertThat(parse(TestCards.resident().put(30, 2, "0")).sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(parse(TestCards.resident().put(30, 2, "9")).sex()).isEqualTo(Sex.UNSPECIFIED);
        assertThat(rejected(TestCards.resident().put(30, 2, "3")).field()).isEqualTo(DocumentField.SEX);
        assertThat(parse(TestCards.resident().put(32, 4, "56")).ethnicity()).isEqualTo(Ethnicity.JINO);
        assertThat(parse(TestCards.resident().put(32, 4, "98")).ethnicity()).isEqualTo(Ethnicity.FOREIGN_ORIGIN);
        assertThat(rejected(TestCards.resident().put(32, 4, "57")).field()).isEqualTo(DocumentField.ETHNICITY);
        assertThat(Ethnicity.values()).hasSize(58);
        assertThat(Ethnicity.ZANG.code()).isEqualTo("04");
        assertThat(Ethnicity.ZANG.chineseName()).isEqualTo("藏");
    }

    @Test
    void blankAndUnreadableFields() {
        assertThat(rejected(TestCards.resident().put(0, 30, "")).getMessage()).isEqualTo("name: is blank");
        assertThat(rejected(TestCards.resident().put(52, 70, "")).field()).isEqualTo(DocumentField.ADDRESS);
        assertThat(rejected(TestCards.resident().putBytes(0, (byte) 0x00, (byte) 0xD8)).getMessage())
                .as("a lone surrogate").isEqualTo("name: contains characters that are not text");
        assertThat(rejected(TestCards.resident().putBytes(54, (byte) 0x07, (byte) 0x00)).field())
                .isEqualTo(DocumentField.ADDRESS);
        assertThat(rejected(TestCards.hmtPermit().put(238, 4, "X1")).field()).isEqualTo(DocumentField.ISSUE_COUNT);
        assertThat(rejected(TestCards.hmtPermit().put(220, 18, "")).field()).isEqualTo(DocumentField.PASS_NUMBER);
    }

    @Test
    void theTextMustBe256Bytes() {
        try {
            TextLayoutParser.parse(new byte[255], PHOTO, List.of());
            throw new AssertionError("accepted");
        } catch (DocumentFormatException e) {
            assertThat(e.field()).isEqualTo(DocumentField.TEXT);
            assertThat(e.getMessage()).isEqualTo("text block: has 255 bytes, not 256");
        }
    }

    @Test
    void nulPaddingIsTrimmedLikeSpaces() throws Exception {
        byte[] name = new byte[30];
        byte[] encoded = RESIDENT_NAME.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(encoded, 0, name, 0, encoded.length);
        assertThat(parse(TestCards.resident().putBytes(0, name)).name()).isEqualTo(RESIDENT_NAME);
    }

    @Test
    void fromAWholeReadReplyWithFingerprints() throws Exception {
        byte[] fingerprints = pattern(1024, 7);
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(reply(0x90, readBody(true, TestCards.hmtPermit().bytes(), pattern(1024, 3), fingerprints)));
        ReadReply read = ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, decoder.next().orElseThrow());
        IdentityDocument document = TextLayoutParser.parse(read);
        assertThat(document.name()).isEqualTo(PERMIT_NAME);
        assertThat(document.photo()).isEqualTo(PHOTO);
        assertThat(document.hasFingerprints()).isTrue();
        assertThat(document.fingerprints()).containsExactly(
                new FingerprintTemplate(Arrays.copyOf(fingerprints, 512)),
                new FingerprintTemplate(Arrays.copyOfRange(fingerprints, 512, 1024)));
    }

    @Test
    void theDocumentOwnsItsPhotoAndTemplatesAndTheReplyIsLeftToTheCaller() throws Exception {
        byte[] fingerprints = pattern(1024, 7);
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(reply(0x90, readBody(true, TestCards.hmtPermit().bytes(), pattern(1024, 3), fingerprints)));
        ReadReply read = ReadReplyParser.parse(SamCommand.READ_TEXT_PHOTO_FINGERPRINT, decoder.next().orElseThrow());
        IdentityDocument document = TextLayoutParser.parse(read);
        assertThat(read.fingerprints().getFirst()).isEqualTo(Arrays.copyOf(fingerprints, 512));

        read.wipe();

        assertThat(document.photo()).isEqualTo(PHOTO);
        assertThat(document.fingerprints()).containsExactly(
                new FingerprintTemplate(Arrays.copyOf(fingerprints, 512)),
                new FingerprintTemplate(Arrays.copyOfRange(fingerprints, 512, 1024)));
    }

    @Test
    void aWipedPhotoIsZerosOfTheSameLength() {
        byte[] bytes = pattern(1024, 3);
        WltPhoto photo = new WltPhoto(bytes);
        assertThat(photo.isWiped()).isFalse();
        photo.wipe();
        assertThat(photo.isWiped()).isTrue();
        assertThat(photo.length()).isEqualTo(1024);
        assertThat(photo.bytes()).containsOnly((byte) 0);
        assertThat(bytes).as("the array passed in is the caller's").isEqualTo(pattern(1024, 3));
    }
}
