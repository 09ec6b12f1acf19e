package org.kiosk.device.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiosk.device.mrz.MrzException.Reason;

class MrzParserTest {

    @Test
    void td3Specimen() throws MrzException {
        assertThat(MrzParser.parse(Specimens.TD3)).isEqualTo(new MrzData(MrzFormat.TD3, "P", "UTO", "L898902C3",
                "ERIKSSON", "ANNA MARIA", "UTO", "740812", 'F', "120415", "ZE184226B", ""));
    }

    @Test
    void td3SpecimenOfTheProtocolNotes() throws MrzException {
        MrzData data = MrzParser.parse(Specimens.TD3_PADDED_NUMBER);
        assertThat(data.documentNumber()).isEqualTo("L898902C");
        assertThat(data.birthDate()).isEqualTo("690806");
        assertThat(data.expiryDate()).isEqualTo("940623");
        assertThat(data.optionalData1()).isEqualTo("ZE184226B");
    }

    @Test
    void td1Specimen() throws MrzException {
        assertThat(MrzParser.parse(Specimens.TD1)).isEqualTo(new MrzData(MrzFormat.TD1, "I", "UTO", "D23145890",
                "ERIKSSON", "ANNA MARIA", "UTO", "740812", 'F', "120415", "", ""));
    }

    @Test
    void td2Specimen() throws MrzException {
        assertThat(MrzParser.parse(Specimens.TD2)).isEqualTo(new MrzData(MrzFormat.TD2, "I", "UTO", "D23145890",
                "ERIKSSON", "ANNA MARIA", "UTO", "740812", 'F', "120415", "", ""));
    }

    @Test
    void recognisesEachShape() {
        assertThat(MrzParser.recognise(Specimens.TD1)).contains(MrzFormat.TD1);
        assertThat(MrzParser.recognise(Specimens.TD2)).contains(MrzFormat.TD2);
        assertThat(MrzParser.recognise(Specimens.TD3)).contains(MrzFormat.TD3);
        assertThat(MrzParser.recognise(List.of(Specimens.TD3.get(0)))).isEmpty();
        assertThat(MrzParser.recognise(List.of(Specimens.TD3.get(0), Specimens.TD2.get(1)))).isEmpty();
        assertThat(MrzParser.recognise(Specimens.replace(Specimens.TD3, 1, 3, 'a'))).isEmpty();
        assertThat(MrzParser.recognise(null)).isEmpty();
    }

    @Test
    void recognisingIgnoresCheckDigits() {
        assertThat(MrzParser.recognise(Specimens.replace(Specimens.TD3, 1, 9, '0'))).contains(MrzFormat.TD3);
    }

    @Test
    void linesAreTrimmedOfSurroundingWhitespaceAndCarriageReturns() throws MrzException {
        List<String> scanned = List.of(" " + Specimens.TD2.get(0) + "\r", "\t" + Specimens.TD2.get(1) + "\r\n");
        assertThat(MrzParser.parse(scanned)).isEqualTo(MrzParser.parse(Specimens.TD2));
        assertThat(MrzParser.recognise(scanned)).contains(MrzFormat.TD2);
    }

    @Test
    void longTd1DocumentNumberContinuesInTheOptionalData() throws MrzException {
        String number = "D23145890123";
        String overflow = number.substring(9) + CheckDigit.of(number) + "<AB12";
        String first = "I<UTO" + number.substring(0, 9) + "<" + pad(overflow, 15);
        String second = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = first.substring(5, 30) + second.substring(0, 7) + second.substring(8, 15)
                + second.substring(18, 29);
        MrzData data = MrzParser.parse(List.of(first, second + CheckDigit.of(composite), Specimens.TD1.get(2)));
        assertThat(data.documentNumber()).isEqualTo(number);
        assertThat(data.optionalData1()).isEqualTo("AB12");
    }

    @Test
    void longTd2DocumentNumberContinuesInTheOptionalData() throws MrzException {
        String number = "D231458901";
        String second = number.substring(0, 9) + "<UTO7408122F1204159" + pad(number.substring(9)
                + CheckDigit.of(number), 7);
        String composite = second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 35);
        MrzData data = MrzParser.parse(List.of(Specimens.TD2.get(0), second + CheckDigit.of(composite)));
        assertThat(data.documentNumber()).isEqualTo(number);
        assertThat(data.optionalData1()).isEmpty();
    }

    @Test
    void longDocumentNumberWithoutItsCheckDigitFails() {
        // a filler in the check digit's place and a single overflow character: no room for the check digit
        List<String> lines = Specimens.replace(Specimens.replace(Specimens.TD1, 0, 14, '<'), 0, 15, '1');
        assertFails(lines, Reason.CHECK_DIGIT, "documentNumber");
    }

    @Test
    void fillerAsCheckDigitOfAFullNineCharacterNumberFails() {
        assertFails(Specimens.replace(Specimens.TD1, 0, 14, '<'), Reason.CHECK_DIGIT, "documentNumber");
    }

    @Test
    void unusedPersonalNumberMayHaveAFillerOrZeroAsCheckDigit() throws MrzException {
        for (char check : new char[] {'<', '0'}) {
            String second = "L898902C36UTO7408122F1204159" + "<".repeat(14) + check;
            String composite = second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 43);
            MrzData data = MrzParser.parse(List.of(Specimens.TD3.get(0), second + CheckDigit.of(composite)));
            assertThat(data.optionalData1()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: line {1} position {2}")
    @CsvSource({
        "TD3, 1, 9, documentNumber", "TD3, 1, 19, birthDate", "TD3, 1, 27, expiryDate",
        "TD3, 1, 42, optionalData1", "TD3, 1, 43, composite",
        "TD1, 0, 14, documentNumber", "TD1, 1, 6, birthDate", "TD1, 1, 14, expiryDate", "TD1, 1, 29, composite",
        "TD2, 1, 9, documentNumber", "TD2, 1, 19, birthDate", "TD2, 1, 27, expiryDate", "TD2, 1, 35, composite"})
    void eachCheckDigitIsVerified(MrzFormat format, int row, int at, String field) {
        List<String> lines = specimen(format);
        char wrong = lines.get(row).charAt(at) == '9' ? '0' : (char) (lines.get(row).charAt(at) + 1);
        assertFails(Specimens.replace(lines, row, at, wrong), Reason.CHECK_DIGIT, field);
    }

    @ParameterizedTest(name = "{0}: line {1} position {2}")
    @CsvSource({"TD3, 1, 0", "TD3, 1, 14", "TD3, 1, 23", "TD3, 1, 30", "TD1, 0, 7", "TD1, 1, 2", "TD1, 1, 10",
        "TD1, 1, 20", "TD2, 1, 3", "TD2, 1, 15", "TD2, 1, 24", "TD2, 1, 30"})
    void aChangedCharacterInACheckedFieldIsCaught(MrzFormat format, int row, int at) {
        List<String> lines = specimen(format);
        char original = lines.get(row).charAt(at);
        // not A for a filler: 10 and 0 weigh the same at weight 1, a blind spot of the ICAO digit
        char changed = original == '<' ? 'B' : Character.isDigit(original) ? (char) ('0' + (original - '0' + 1) % 10)
                : original == 'Z' ? 'A' : (char) (original + 1);
        assertThatThrownBy(() -> MrzParser.parse(Specimens.replace(lines, row, at, changed)))
                .isInstanceOf(MrzException.class);
    }

    @Test
    void everySingleDigitChangeOnTheTd3SecondLineIsCaught() {
        String line = Specimens.TD3.get(1);
        for (int at = 0; at < line.length(); at++) {
            if (!Character.isDigit(line.charAt(at))) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != line.charAt(at)) {
                    List<String> changed = Specimens.replace(Specimens.TD3, 1, at, digit);
                    assertThatThrownBy(() -> MrzParser.parse(changed)).as("position %d", at)
                            .isInstanceOf(MrzException.class);
                }
            }
        }
    }

    @Test
    void wrongShapes() {
        assertFails(List.of(), Reason.WRONG_SHAPE, "lines");
        assertFails(List.of(Specimens.TD3.get(0)), Reason.WRONG_SHAPE, "lines");
        assertFails(List.of(Specimens.TD3.get(0), Specimens.TD3.get(1), Specimens.TD3.get(1)), Reason.WRONG_SHAPE,
                "lines");
        assertFails(List.of(Specimens.TD3.get(0), Specimens.TD3.get(1).substring(1)), Reason.WRONG_SHAPE, "lines");
        assertFails(List.of(Specimens.TD3.get(0) + "<", Specimens.TD3.get(1) + "<"), Reason.WRONG_SHAPE, "lines");
        assertFails(List.of(Specimens.TD2.get(0), Specimens.TD3.get(1)), Reason.WRONG_SHAPE, "lines");
        assertFails(List.of(Specimens.TD1.get(0), Specimens.TD1.get(1)), Reason.WRONG_SHAPE, "lines");
        assertFails(null, Reason.WRONG_SHAPE, "lines");
        List<String> withNull = new ArrayList<>(Specimens.TD3);
        withNull.set(1, null);
        assertFails(withNull, Reason.WRONG_SHAPE, "lines");
    }

    @Test
    void wrongShapeMessageGivesCountsNotContent() {
        assertThatThrownBy(() -> MrzParser.parse(List.of("P<UTOERIKSSON", "L898902C3")))
                .hasMessage("lines: expected 2 lines of 44 or 36 characters or 3 lines of 30, got 2 lines of 13, 9 "
                        + "characters");
    }

    @ParameterizedTest(name = "{0}: line {1} position {2} = {3}")
    @CsvSource({
        "TD3, 0, 8, a, name", "TD3, 1, 2, ' ', documentNumber", "TD3, 1, 14, é, birthDate", "TD3, 0, 3, -, issuingState",
        "TD3, 1, 43, '\u0000', composite", "TD1, 1, 22, '\u4e2d', optionalData2", "TD1, 2, 0, a, name",
        "TD2, 1, 30, '\uff10', optionalData1", "TD1, 0, 20, '\ufffd', optionalData1", "TD2, 0, 0, ., documentCode"})
    void charactersOutsideTheMrzAlphabet(MrzFormat format, int row, int at, char bad, String field) {
        assertFails(Specimens.replace(specimen(format), row, at, bad), Reason.BAD_CHARACTER, field);
    }

    @ParameterizedTest(name = "{0}: line {1} position {2} = {3}")
    @CsvSource({
        "TD3, 1, 15, A, birthDate", "TD3, 1, 22, <, expiryDate", "TD3, 1, 20, Q, sex", "TD3, 1, 11, 1, nationality",
        "TD3, 0, 0, 1, documentCode", "TD3, 0, 10, 7, name", "TD1, 0, 3, 0, issuingState", "TD1, 2, 4, 4, name",
        "TD2, 1, 13, B, birthDate", "TD1, 1, 7, 1, sex"})
    void charactersTheFieldDoesNotAllow(MrzFormat format, int row, int at, char bad, String field) {
        assertFails(Specimens.replace(specimen(format), row, at, bad), Reason.BAD_CHARACTER, field);
    }

    @Test
    void unknownBirthDatePartsAreAllowed() throws MrzException {
        String second = "L898902C36UTO74<<<<" + CheckDigit.of("74<<<<") + "F1204159ZE184226B<<<<<1";
        String composite = second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 43);
        MrzData data = MrzParser.parse(List.of(Specimens.TD3.get(0), second + CheckDigit.of(composite)));
        assertThat(data.birthDate()).isEqualTo("74<<<<");
    }

    @Test
    void messagesNeverHoldTheZonesCharacters() {
        List<List<String>> broken = List.of(
                Specimens.replace(Specimens.TD3, 1, 9, '0'), Specimens.replace(Specimens.TD3, 1, 15, 'X'),
                Specimens.replace(Specimens.TD1, 2, 3, 'x'), Specimens.replace(Specimens.TD2, 1, 35, '1'));
        for (List<String> lines : broken) {
            assertThatThrownBy(() -> MrzParser.parse(lines)).isInstanceOf(MrzException.class)
                    .satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain("ERIKSSON", "ANNA", "L898902C", "D23145890", "740812", "120415", "x"));
        }
    }

    private static List<String> specimen(MrzFormat format) {
        return switch (format) {
            case TD1 -> Specimens.TD1;
            case TD2 -> Specimens.TD2;
            case TD3 -> Specimens.TD3;
        };
    }

    private static String pad(String text, int length) {
        return text + "<".repeat(length - text.length());
    }

    private static void assertFails(List<String> lines, Reason reason, String field) {
        assertThatThrownBy(() -> MrzParser.parse(lines)).isInstanceOfSatisfying(MrzException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
