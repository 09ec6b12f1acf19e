package org.kiosk.device.idcard.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.device.idcard.TestFrames.pattern;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kiosk.device.idcard.TestCards;

class MaskingTest {

    @Test
    void numbers() {
        assertThat(Masking.number("440524188001010014")).isEqualTo("4405**********0014");
        assertThat(Masking.number("CAN110000000001")).isEqualTo("CAN1*******0001");
        assertThat(Masking.number("H12345678")).isEqualTo("H1*****78");
        assertThat(Masking.number("12345")).isEqualTo("*****");
        assertThat(Masking.number("")).isEmpty();
        assertThat(Masking.number(null)).isEqualTo("null");
    }

    @Test
    void names() {
        assertThat(Masking.name("张小明")).isEqualTo("张*明");
        assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张")).isEqualTo("*");
        assertThat(Masking.name("SMITH, JOHN")).isEqualTo("S*********N");
        // a name with a character outside the BMP keeps whole code points
        assertThat(Masking.name("\uD842\uDFB7小明")).isEqualTo("\uD842\uDFB7*明");
        assertThat(Masking.name(null)).isEqualTo("null");
    }

    @Test
    void addresses() {
        assertThat(Masking.address(TestCards.RESIDENT_ADDRESS)).isEqualTo("广东省广州市****");
        assertThat(Masking.address("北京市东城区")).isEqualTo("北京市****");
        assertThat(Masking.address("某")).isEqualTo("****");
        assertThat(Masking.address("")).isEmpty();
    }

    @Test
    void birthDates() {
        assertThat(Masking.birthDate(LocalDate.of(1949, 12, 31))).isEqualTo("1949-**-**");
        assertThat(Masking.birthDate(null)).isEqualTo("null");
    }

    @Test
    void documentsNeverShowTheirPersonalFields() throws Exception {
        for (byte[] text : TestCards.allLayouts()) {
            IdentityDocument document = TextLayoutParser.parse(text, new WltPhoto(pattern(1024, 1)),
                    List.of(new FingerprintTemplate(pattern(512, 2))));
            String shown = document.toString();
            for (String personal : new String[] {document.name(), document.englishName(), document.idNumber(),
                    document.address(), document.passNumber(), document.issuingAuthority()}) {
                if (personal != null && personal.length() > 2) {
                    assertThat(shown).as(document.layout().name()).doesNotContain(personal);
                }
            }
            assertThat(shown).doesNotContain(document.birthDate().toString())
                    .doesNotContain(document.birthDate().toString().replace("-", ""))
                    .contains("photo=WltPhoto[1024 bytes]").contains("fingerprints=1")
                    .contains("layout=" + document.layout());
            if (document.ethnicity() != null) {
                assertThat(shown).contains("ethnicity=**").doesNotContain(document.ethnicity().name());
            }
        }
    }

    @Test
    void aResidentDocumentShowsItsMaskedForms() throws Exception {
        IdentityDocument document = TextLayoutParser.parse(TestCards.resident().bytes(), new WltPhoto(new byte[1024]),
                List.of());
        assertThat(document.toString()).isEqualTo("IdentityDocument[layout=RESIDENT, name=张*明, sex=MALE, ethnicity=**,"
                + " birthDate=1880-**-**, address=广东省广州市****, idNumber=4405**********0014,"
                + " issuingAuthority=广州市公安****, validFrom=2015-03-01, validTo=2035-03-01,"
                + " photo=WltPhoto[1024 bytes], fingerprints=0]");
    }

    @Test
    void photosAndTemplatesShowTheirSizeOnly() {
        assertThat(new WltPhoto(pattern(1024, 1)).toString()).isEqualTo("WltPhoto[1024 bytes]");
        assertThat(new FingerprintTemplate(pattern(512, 1)).toString()).isEqualTo("FingerprintTemplate[512 bytes]");
    }
}
