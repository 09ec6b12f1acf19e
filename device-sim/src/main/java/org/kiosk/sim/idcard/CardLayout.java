package org.kiosk.sim.idcard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.kiosk.sim.idcard.CardField.ADDRESS;
import static org.kiosk.sim.idcard.CardField.AUTHORITY_CODE;
import static org.kiosk.sim.idcard.CardField.BIRTH_DATE;
import static org.kiosk.sim.idcard.CardField.CARD_VERSION;
import static org.kiosk.sim.idcard.CardField.ENGLISH_NAME;
import static org.kiosk.sim.idcard.CardField.ETHNICITY;
import static org.kiosk.sim.idcard.CardField.ID_NUMBER;
import static org.kiosk.sim.idcard.CardField.ISSUER;
import static org.kiosk.sim.idcard.CardField.ISSUE_COUNT;
import static org.kiosk.sim.idcard.CardField.NAME;
import static org.kiosk.sim.idcard.CardField.NATIONALITY;
import static org.kiosk.sim.idcard.CardField.PASS_NUMBER;
import static org.kiosk.sim.idcard.CardField.PERMIT_NUMBER;
import static org.kiosk.sim.idcard.CardField.SEX;
import static org.kiosk.sim.idcard.CardField.TYPE_MARKER;
import static org.kiosk.sim.idcard.CardField.VALID_FROM;
import static org.kiosk.sim.idcard.CardField.VALID_TO;

/**
 * The four layouts of the 256-byte card text: where each field lies (byte offset and length, UCS-2LE, so two
 * bytes a character) and the type marker at bytes 248-249. Bytes no field covers are spaces.
 */
public enum CardLayout {
    /** Resident identity card; blank type marker. */
    RESIDENT("resident", " ", List.of(
            slot(NAME, 0, 30), slot(SEX, 30, 2), slot(ETHNICITY, 32, 4), slot(BIRTH_DATE, 36, 16),
            slot(ADDRESS, 52, 70), slot(ID_NUMBER, 122, 36), slot(ISSUER, 158, 30), slot(VALID_FROM, 188, 16),
            slot(VALID_TO, 204, 16))),
    /** Residence permit for Hong Kong, Macao and Taiwan residents, 'J'. */
    HMT_PERMIT("hmt-permit", "J", List.of(
            slot(NAME, 0, 30), slot(SEX, 30, 2), slot(BIRTH_DATE, 36, 16), slot(ADDRESS, 52, 70),
            slot(ID_NUMBER, 122, 36), slot(ISSUER, 158, 30), slot(VALID_FROM, 188, 16), slot(VALID_TO, 204, 16),
            slot(PASS_NUMBER, 220, 18), slot(ISSUE_COUNT, 238, 4))),
    /** Foreigner permanent residence card before 2023, 'I'. */
    FOREIGN_OLD("foreign-old", "I", List.of(
            slot(ENGLISH_NAME, 0, 120), slot(SEX, 120, 2), slot(PERMIT_NUMBER, 122, 30), slot(NATIONALITY, 152, 6),
            slot(NAME, 158, 30), slot(VALID_FROM, 188, 16), slot(VALID_TO, 204, 16), slot(BIRTH_DATE, 220, 16),
            slot(CARD_VERSION, 236, 4), slot(AUTHORITY_CODE, 240, 8))),
    /**
     * Foreigner permanent residence card of 2023, 'Y'. The English name runs on from its first part (bytes 52-121)
     * into its second (220-241).
     */
    FOREIGN_2023("foreign-2023", "Y", List.of(
            slot(NAME, 0, 30), slot(SEX, 30, 2), slot(ISSUE_COUNT, 32, 4), slot(BIRTH_DATE, 36, 16),
            slot(ENGLISH_NAME, 52, 70), slot(ID_NUMBER, 122, 36), slot(VALID_FROM, 188, 16),
            slot(VALID_TO, 204, 16), slot(ENGLISH_NAME, 220, 22), slot(NATIONALITY, 242, 6)));

    /** Size of the card text in bytes. */
    public static final int TEXT_BYTES = 256;
    static final int TYPE_MARKER_OFFSET = 248;

    /** A stretch of the text holding (part of) a field. */
    record Slot(CardField field, int offset, int length) {
    }

    private final String fileName;
    private final String typeMarker;
    private final List<Slot> slots;

    CardLayout(String fileName, String typeMarker, List<Slot> fieldSlots) {
        this.fileName = fileName;
        this.typeMarker = typeMarker;
        List<Slot> all = new ArrayList<>(fieldSlots);
        all.add(slot(TYPE_MARKER, TYPE_MARKER_OFFSET, 2));
        this.slots = List.copyOf(all);
    }

    private static Slot slot(CardField field, int offset, int length) {
        return new Slot(field, offset, length);
    }

    /** The name used in card files ({@code layout = hmt-permit}). */
    public String fileName() {
        return fileName;
    }

    /** The type marker this layout carries unless a card sets another. */
    public String typeMarker() {
        return typeMarker;
    }

    /** The fields a card of this layout must have (all but the type marker). */
    public Set<CardField> requiredFields() {
        Set<CardField> fields = fields();
        fields.remove(TYPE_MARKER);
        return fields;
    }

    /** Every field with a place in this layout. */
    public Set<CardField> fields() {
        Set<CardField> fields = EnumSet.noneOf(CardField.class);
        slots.forEach(s -> fields.add(s.field()));
        return fields;
    }

    /** How many characters {@code field} can hold here; 0 when it has no place in this layout. */
    public int capacity(CardField field) {
        return slots.stream().filter(s -> s.field() == field).mapToInt(s -> s.length() / 2).sum();
    }

    /** The slots of {@code field} in the order its text fills them. */
    List<Slot> slotsOf(CardField field) {
        return slots.stream().filter(s -> s.field() == field).toList();
    }

    public static Optional<CardLayout> byFileName(String name) {
        for (CardLayout l : values()) {
            if (l.fileName.equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
