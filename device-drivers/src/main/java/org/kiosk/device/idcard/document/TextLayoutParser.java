package org.kiosk.device.idcard.document;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.codec.ReadReply;

/**
 * Reads the 256-byte card text (UCS-2 little-endian, space padded) into an {@link IdentityDocument}. The type
 * marker at bytes 248-249 selects the layout; offsets and lengths below are in bytes, as in the protocol notes.
 * <p>
 * Resident ID cards, Hong Kong/Macao/Taiwan permits ('J') and old foreigner cards ('I') are documented by several
 * sources and checked strictly: every field they define must be present and well formed. The 2023 foreigner card
 * ('Y') rests on one source, so only what identifies the holder is required (sex, birth date, a GB 11643 ID
 * number, validity dates, some name); the renewal count and country code are taken when readable and left null
 * otherwise, and the link to the old permit is not read.
 */
public final class TextLayoutParser {

    private static final int MARKER_OFFSET = 248;
    private static final String NO_EXPIRY = "长期";

    private TextLayoutParser() {
    }

    /**
     * The document in {@code reply}. Its photo and templates are the only copies this leaves: the ones taken out
     * of the reply are wiped, and the reply itself is the caller's to {@linkplain ReadReply#wipe() wipe}.
     */
    public static IdentityDocument parse(ReadReply reply) throws DocumentFormatException {
        byte[] text = reply.text();
        byte[] photo = reply.photo();
        List<byte[]> fingerprints = reply.fingerprints();
        WltPhoto wltPhoto = new WltPhoto(photo);
        List<FingerprintTemplate> templates = new ArrayList<>(fingerprints.size());
        try {
            for (byte[] template : fingerprints) {
                templates.add(new FingerprintTemplate(template));
            }
            return parse(text, wltPhoto, templates);
        } catch (DocumentFormatException | RuntimeException e) {
            // no document holds them, so no one else would wipe them
            wltPhoto.wipe();
            templates.forEach(FingerprintTemplate::wipe);
            throw e;
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
            fingerprints.forEach(template -> Arrays.fill(template, (byte) 0));
        }
    }

    public static IdentityDocument parse(byte[] text, WltPhoto photo, List<FingerprintTemplate> fingerprints)
            throws DocumentFormatException {
        if (text.length != ReadReply.TEXT_LENGTH) {
            throw invalid(DocumentField.TEXT, "has " + text.length + " bytes, not " + ReadReply.TEXT_LENGTH);
        }
        Fields fields = new Fields(text);
        char marker = fields.raw(MARKER_OFFSET, 2).charAt(0);
        CardLayout layout = CardLayout.ofMarker(marker).orElseThrow(() -> new DocumentFormatException(
                IdCardError.UNKNOWN_CARD_TYPE, DocumentField.TYPE_MARKER,
                String.format("U+%04X is not a known type marker", (int) marker)));
        IdentityDocument document = switch (layout) {
            case RESIDENT -> resident(fields, photo, fingerprints);
            case HMT_PERMIT -> hmtPermit(fields, photo, fingerprints);
            case FOREIGN_OLD -> foreignOld(fields, photo, fingerprints);
            case FOREIGN_2023 -> foreign2023(fields, photo, fingerprints);
        };
        if (document.validTo() != null && document.validTo().isBefore(document.validFrom())) {
            throw invalid(DocumentField.VALID_TO, "is before the valid-from date");
        }
        return document;
    }

    private static IdentityDocument resident(Fields f, WltPhoto photo, List<FingerprintTemplate> fingerprints)
            throws DocumentFormatException {
        return new IdentityDocument(CardLayout.RESIDENT,
                f.text(DocumentField.NAME, 0, 30),
                null,
                f.sex(30),
                f.ethnicity(32),
                null,
                f.date(DocumentField.BIRTH_DATE, 36),
                f.text(DocumentField.ADDRESS, 52, 70),
                f.idNumber(122),
                f.text(DocumentField.ISSUING_AUTHORITY, 158, 30),
                f.date(DocumentField.VALID_FROM, 188),
                f.validTo(204),
                null, null, null, photo, fingerprints);
    }

    private static IdentityDocument hmtPermit(Fields f, WltPhoto photo, List<FingerprintTemplate> fingerprints)
            throws DocumentFormatException {
        return new IdentityDocument(CardLayout.HMT_PERMIT,
                f.text(DocumentField.NAME, 0, 30),
                null,
                f.sex(30),
                null,
                null,
                f.date(DocumentField.BIRTH_DATE, 36),
                f.text(DocumentField.ADDRESS, 52, 70),
                f.idNumber(122),
                f.text(DocumentField.ISSUING_AUTHORITY, 158, 30),
                f.date(DocumentField.VALID_FROM, 188),
                f.validTo(204),
                f.text(DocumentField.PASS_NUMBER, 220, 18),
                f.count(DocumentField.ISSUE_COUNT, 238),
                null, photo, fingerprints);
    }

    private static IdentityDocument foreignOld(Fields f, WltPhoto photo, List<FingerprintTemplate> fingerprints)
            throws DocumentFormatException {
        String nationality = f.text(DocumentField.NATIONALITY, 152, 6);
        if (!nationality.matches("[A-Z]{3}")) {
            throw invalid(DocumentField.NATIONALITY, "is not an ISO 3166 alpha-3 country code");
        }
        return new IdentityDocument(CardLayout.FOREIGN_OLD,
                f.optionalText(DocumentField.NAME, 158, 30),
                f.text(DocumentField.ENGLISH_NAME, 0, 120),
                f.sex(120),
                null,
                nationality,
                f.date(DocumentField.BIRTH_DATE, 220),
                null,
                f.text(DocumentField.ID_NUMBER, 122, 30),
                f.optionalText(DocumentField.ISSUING_AUTHORITY, 240, 8),
                f.date(DocumentField.VALID_FROM, 188),
                f.validTo(204),
                null, null,
                f.optionalText(DocumentField.CARD_VERSION, 236, 4),
                photo, fingerprints);
    }

    private static IdentityDocument foreign2023(Fields f, WltPhoto photo, List<FingerprintTemplate> fingerprints)
            throws DocumentFormatException {
        String name = f.optionalText(DocumentField.NAME, 0, 30);
        // the English name runs on from its first part (52, 70 bytes) into its second (220, 22 bytes)
        String englishName = f.joined(DocumentField.ENGLISH_NAME, 52, 70, 220, 22);
        if (name == null && englishName == null) {
            throw invalid(DocumentField.NAME, "is blank, and so is the English name");
        }
        return new IdentityDocument(CardLayout.FOREIGN_2023,
                name,
                englishName,
                f.sex(30),
                null,
                f.optionalText(DocumentField.NATIONALITY, 242, 6),
                f.date(DocumentField.BIRTH_DATE, 36),
                null,
                f.idNumber(122),
                null,
                f.date(DocumentField.VALID_FROM, 188),
                f.validTo(204),
                null,
                f.optionalCount(32),
                null, photo, fingerprints);
    }

    private static DocumentFormatException invalid(DocumentField field, String problem) {
        return new DocumentFormatException(IdCardError.DOCUMENT_INVALID, field, problem);
    }

    /** Field access on the text; values never leave this class in an exception. */
    private static final class Fields {

        private final byte[] text;

        Fields(byte[] text) {
            this.text = text;
        }

        /** The field as decoded, padding included; malformed UTF-16 becomes U+FFFD. */
        String raw(int offset, int length) {
            return new String(text, offset, length, StandardCharsets.UTF_16LE);
        }

        String text(DocumentField field, int offset, int length) throws DocumentFormatException {
            String value = optionalText(field, offset, length);
            if (value == null) {
                throw invalid(field, "is blank");
            }
            return value;
        }

        /** The trimmed field, or null if blank. */
        String optionalText(DocumentField field, int offset, int length) throws DocumentFormatException {
            return checked(field, trim(raw(offset, length)));
        }

        String joined(DocumentField field, int offset, int length, int nextOffset, int nextLength)
                throws DocumentFormatException {
            return checked(field, trim(raw(offset, length) + raw(nextOffset, nextLength)));
        }

        Sex sex(int offset) throws DocumentFormatException {
            String code = text(DocumentField.SEX, offset, 2);
            return Sex.ofCode(code.charAt(0))
                    .orElseThrow(() -> invalid(DocumentField.SEX, "is not a GB/T 2261.1 code"));
        }

        Ethnicity ethnicity(int offset) throws DocumentFormatException {
            return Ethnicity.ofCode(text(DocumentField.ETHNICITY, offset, 4))
                    .orElseThrow(() -> invalid(DocumentField.ETHNICITY, "is not a GB 3304 code"));
        }

        LocalDate date(DocumentField field, int offset) throws DocumentFormatException {
            String value = text(field, offset, 16);
            if (!isDigits(value, 8)) {
                throw invalid(field, "is not eight digits YYYYMMDD");
            }
            try {
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                        Integer.parseInt(value.substring(6, 8)));
            } catch (DateTimeException e) {
                throw invalid(field, "is not a calendar date");
            }
        }

        /** Null for 长期, no expiry. */
        LocalDate validTo(int offset) throws DocumentFormatException {
            if (NO_EXPIRY.equals(trim(raw(offset, 16)))) {
                return null;
            }
            return date(DocumentField.VALID_TO, offset);
        }

        String idNumber(int offset) throws DocumentFormatException {
            String value = text(DocumentField.ID_NUMBER, offset, 36);
            if (!IdNumber.hasValidForm(value)) {
                throw invalid(DocumentField.ID_NUMBER, "is not 17 digits and a check character");
            }
            if (!IdNumber.isValid(value)) {
                throw invalid(DocumentField.ID_NUMBER, "check digit does not match (GB 11643)");
            }
            return value;
        }

        Integer count(DocumentField field, int offset) throws DocumentFormatException {
            String value = text(field, offset, 4);
            if (!isDigits(value, value.length())) {
                throw invalid(field, "is not a number");
            }
            return Integer.valueOf(value);
        }

        /** The 2023 card's renewal count, or null if it is not a number. */
        Integer optionalCount(int offset) {
            String value = trim(raw(offset, 4));
            return !value.isEmpty() && isDigits(value, value.length()) ? Integer.valueOf(value) : null;
        }

        /** Null for blank; rejects text with undecodable or control characters, which no card prints. */
        private static String checked(DocumentField field, String value) throws DocumentFormatException {
            if (value.isEmpty()) {
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\uFFFD' || Character.isISOControl(c)) {
                    throw invalid(field, "contains characters that are not text");
                }
            }
            return value;
        }

        private static boolean isDigits(String value, int length) {
            if (value.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** Strips the space padding, and NULs some readers pad with instead. */
        private static String trim(String value) {
            int from = 0;
            int to = value.length();
            while (from < to && isPadding(value.charAt(from))) {
                from++;
            }
            while (to > from && isPadding(value.charAt(to - 1))) {
                to--;
            }
            return value.substring(from, to);
        }

        private static boolean isPadding(char c) {
            return c == ' ' || c == '\0';
        }
    }
}
