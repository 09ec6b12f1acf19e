package org.kiosk.device.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kiosk.device.mrz.MrzException.Reason;

/**
 * Parses and verifies machine-readable zones (ICAO Doc 9303 parts 4-6). Every check digit the format has is
 * verified: document number, birth date, expiry date, the optional data where the format checks it (the TD3
 * personal number) and the composite. A TD1 or TD2 document number longer than nine characters continues in the
 * optional data, followed by its check digit, with a filler in the usual check digit's place (part 5, note j).
 *
 * <p>Lines are trimmed of surrounding whitespace (a scanner's CR), nothing else: no case folding and no
 * guessing of OCR confusions such as {@code O} for {@code 0}.
 */
public final class MrzParser {

    private static final String NAME = "name";

    private MrzParser() {
    }

    /**
     * The format whose shape the lines have: the right count of lines, each of the format's length and of MRZ
     * characters only ({@code A-Z 0-9 <}). Check digits are not looked at.
     */
    public static Optional<MrzFormat> recognise(List<String> lines) {
        if (lines == null || lines.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        List<String> trimmed = lines.stream().map(String::strip).toList();
        return formatOf(trimmed).filter(format -> trimmed.stream().allMatch(MrzParser::isMrzText));
    }

    /**
     * The verified fields of the zone.
     *
     * @throws MrzException for a wrong count or length of lines, a character that the zone or the field does not
     *     allow, or a check digit that does not match
     */
    public static MrzData parse(List<String> lines) throws MrzException {
        if (lines == null || lines.stream().anyMatch(Objects::isNull)) {
            throw new MrzException(Reason.WRONG_SHAPE, "lines", "no lines given");
        }
        List<String> trimmed = lines.stream().map(String::strip).toList();
        MrzFormat format = formatOf(trimmed).orElseThrow(() -> new MrzException(Reason.WRONG_SHAPE, "lines",
                "expected 2 lines of 44 or 36 characters or 3 lines of 30, got " + describeShape(trimmed)));
        checkCharacters(format, trimmed);
        return switch (format) {
            case TD1 -> parseTd1(trimmed);
            case TD2 -> parseTd2(trimmed);
            case TD3 -> parseTd3(trimmed);
        };
    }

    private static MrzData parseTd3(List<String> lines) throws MrzException {
        String top = lines.get(0);
        String bottom = lines.get(1);
        Header header = header(top, 44);
        String number = bottom.substring(0, 9);
        String personalNumber = bottom.substring(28, 42);
        Dates dates = dates(bottom);
        verify("documentNumber", number, bottom.charAt(9));
        dates.verify(bottom);
        char personalCheck = bottom.charAt(42);
        // an unused personal number may carry a filler as its check digit (part 4, 4.2.2)
        if (!(personalCheck == '<' && isFillers(personalNumber))) {
            verify("optionalData1", personalNumber, personalCheck);
        }
        verify("composite", bottom.substring(0, 10) + bottom.substring(13, 20) + bottom.substring(21, 43),
                bottom.charAt(43));
        return new MrzData(MrzFormat.TD3, header.documentCode, header.issuingState, withoutFillers(number),
                header.primary, header.secondary, letters("nationality", bottom.substring(10, 13)), dates.birth,
                dates.sex, dates.expiry, withoutFillers(personalNumber), "");
    }

    private static MrzData parseTd2(List<String> lines) throws MrzException {
        String top = lines.get(0);
        String bottom = lines.get(1);
        Header header = header(top, 36);
        Dates dates = dates(bottom);
        NumberAndRest number = documentNumber(bottom.substring(0, 9), bottom.charAt(9), bottom.substring(28, 35));
        dates.verify(bottom);
        verify("composite", bottom.substring(0, 10) + bottom.substring(13, 20) + bottom.substring(21, 35),
                bottom.charAt(35));
        return new MrzData(MrzFormat.TD2, header.documentCode, header.issuingState, number.number,
                header.primary, header.secondary, letters("nationality", bottom.substring(10, 13)), dates.birth,
                dates.sex, dates.expiry, number.optionalData, "");
    }

    private static MrzData parseTd1(List<String> lines) throws MrzException {
        String first = lines.get(0);
        String second = lines.get(1);
        String documentCode = documentCode(first);
        String issuingState = letters("issuingState", first.substring(2, 5));
        String birth = date("birthDate", second.substring(0, 6), true);
        char sex = sex(second.charAt(7));
        String expiry = date("expiryDate", second.substring(8, 14), false);
        String nationality = letters("nationality", second.substring(15, 18));
        String[] names = names(lines.get(2));
        NumberAndRest number = documentNumber(first.substring(5, 14), first.charAt(14), first.substring(15, 30));
        verify("birthDate", birth, second.charAt(6));
        verify("expiryDate", expiry, second.charAt(14));
        verify("composite", first.substring(5, 30) + second.substring(0, 7) + second.substring(8, 15)
                + second.substring(18, 29), second.charAt(29));
        return new MrzData(MrzFormat.TD1, documentCode, issuingState, number.number, names[0], names[1],
                nationality, birth, sex, expiry, number.optionalData, withoutFillers(second.substring(18, 29)));
    }

    /**
     * The document number of a card format and the optional data left after it. A filler where the check digit
     * belongs, followed by more characters, means the number overflows into the optional data: its remaining
     * characters, then its check digit, then a filler.
     */
    private static NumberAndRest documentNumber(String field, char check, String optional) throws MrzException {
        if (check != '<' || optional.charAt(0) == '<') {
            verify("documentNumber", field, check);
            return new NumberAndRest(withoutFillers(field), withoutFillers(optional));
        }
        int end = optional.indexOf('<');
        if (end < 0) {
            end = optional.length();
        }
        if (end < 2) {
            throw new MrzException(Reason.CHECK_DIGIT, "documentNumber",
                    "the long document number's overflow has no check digit");
        }
        String number = field + optional.substring(0, end - 1);
        verify("documentNumber", number, optional.charAt(end - 1));
        String rest = end < optional.length() ? optional.substring(end + 1) : "";
        return new NumberAndRest(number, withoutFillers(rest));
    }

    private record NumberAndRest(String number, String optionalData) {
    }

    private static Header header(String line, int length) throws MrzException {
        String[] names = names(line.substring(5, length));
        return new Header(documentCode(line), letters("issuingState", line.substring(2, 5)), names[0], names[1]);
    }

    private record Header(String documentCode, String issuingState, String primary, String secondary) {
    }

    /** Birth date, sex and expiry date, at the same places on the last line of TD2 and TD3. */
    private static Dates dates(String line) throws MrzException {
        return new Dates(date("birthDate", line.substring(13, 19), true), sex(line.charAt(20)),
                date("expiryDate", line.substring(21, 27), false));
    }

    private record Dates(String birth, char sex, String expiry) {
        void verify(String line) throws MrzException {
            MrzParser.verify("birthDate", birth, line.charAt(19));
            MrzParser.verify("expiryDate", expiry, line.charAt(27));
        }
    }

    private static String documentCode(String line) throws MrzException {
        char kind = line.charAt(0);
        if (kind < 'A' || kind > 'Z') {
            throw new MrzException(Reason.BAD_CHARACTER, "documentCode", "the first character is not a letter");
        }
        return letters("documentCode", line.substring(0, 2));
    }

    /** A code of letters and fillers (document code, state, nationality) without its trailing fillers. */
    private static String letters(String field, String code) throws MrzException {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '<')) {
                throw new MrzException(Reason.BAD_CHARACTER, field, "character " + (i + 1) + " is not a letter");
            }
        }
        return withoutFillers(code);
    }

    private static String date(String field, String date, boolean partsMayBeUnknown) throws MrzException {
        for (int i = 0; i < date.length(); i++) {
            char c = date.charAt(i);
            if (!(c >= '0' && c <= '9' || partsMayBeUnknown && c == '<')) {
                throw new MrzException(Reason.BAD_CHARACTER, field, "character " + (i + 1) + " is not a digit");
            }
        }
        return date;
    }

    private static char sex(char sex) throws MrzException {
        if (sex != 'M' && sex != 'F' && sex != 'X' && sex != '<') {
            throw new MrzException(Reason.BAD_CHARACTER, "sex", "not M, F, X or <");
        }
        return sex;
    }

    /** Primary and secondary identifiers: split at the first double filler, single fillers turned into spaces. */
    private static String[] names(String field) throws MrzException {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '<')) {
                throw new MrzException(Reason.BAD_CHARACTER, NAME, "character " + (i + 1) + " is not a letter");
            }
        }
        int split = field.indexOf("<<");
        if (split < 0) {
            return new String[] {spaced(field), ""};
        }
        return new String[] {spaced(field.substring(0, split)), spaced(field.substring(split + 2))};
    }

    private static String spaced(String field) {
        return field.replace('<', ' ').strip();
    }

    private static void verify(String field, String value, char check) throws MrzException {
        if (!CheckDigit.matches(value, check)) {
            throw new MrzException(Reason.CHECK_DIGIT, field, "check digit does not match");
        }
    }

    private static boolean isFillers(String field) {
        return field.chars().allMatch(c -> c == '<');
    }

    private static String withoutFillers(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }

    private static Optional<MrzFormat> formatOf(List<String> lines) {
        for (MrzFormat format : MrzFormat.values()) {
            if (lines.size() == format.lines()
                    && lines.stream().allMatch(line -> line.length() == format.lineLength())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean isMrzText(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!CheckDigit.isMrzCharacter(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void checkCharacters(MrzFormat format, List<String> lines) throws MrzException {
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            for (int i = 0; i < line.length(); i++) {
                if (!CheckDigit.isMrzCharacter(line.charAt(i))) {
                    throw new MrzException(Reason.BAD_CHARACTER, fieldAt(format, row, i), "line " + (row + 1)
                            + ", position " + (i + 1) + ": not a character of a machine-readable zone");
                }
            }
        }
    }

    /** The field a position belongs to; a check digit's position belongs to the field it checks. */
    private static String fieldAt(MrzFormat format, int row, int i) {
        return switch (format) {
            case TD3, TD2 -> row == 0 ? headerField(i) : lastLineField(format, i);
            case TD1 -> switch (row) {
                case 0 -> i < 5 ? headerField(i) : i < 15 ? "documentNumber" : "optionalData1";
                case 1 -> i < 7 ? "birthDate" : i == 7 ? "sex" : i < 15 ? "expiryDate" : i < 18 ? "nationality"
                        : i < 29 ? "optionalData2" : "composite";
                default -> NAME;
            };
        };
    }

    private static String headerField(int i) {
        return i < 2 ? "documentCode" : i < 5 ? "issuingState" : NAME;
    }

    private static String lastLineField(MrzFormat format, int i) {
        if (i < 10) {
            return "documentNumber";
        }
        if (i < 13) {
            return "nationality";
        }
        if (i < 20) {
            return "birthDate";
        }
        if (i == 20) {
            return "sex";
        }
        if (i < 28) {
            return "expiryDate";
        }
        return i == format.lineLength() - 1 ? "composite" : "optionalData1";
    }

    private static String describeShape(List<String> lines) {
        List<String> lengths = new ArrayList<>();
        for (String line : lines) {
            lengths.add(String.valueOf(line.length()));
        }
        return lines.size() + (lines.size() == 1 ? " line" : " lines") + (lines.isEmpty() ? ""
                : " of " + String.join(", ", lengths) + " characters");
    }
}
