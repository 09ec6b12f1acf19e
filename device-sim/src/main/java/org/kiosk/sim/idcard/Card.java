package org.kiosk.sim.idcard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A card to lay on the emulated reader: its layout, its text fields, a fake WLT photo of {@value #PHOTO_BYTES}
 * bytes and zero to two fake fingerprint templates of {@value #TEMPLATE_BYTES} bytes each, all derived from the
 * card's name so that a card is the same on every run.
 *
 * <p>Field values are taken as written: a card may carry a bad check digit or an odd date on purpose, to see what
 * the driver makes of it. They only have to fit their place in the layout. {@link #toString()} names the card and
 * its layout, never its fields.
 */
public final class Card {

    public static final int PHOTO_BYTES = FakeBiometrics.PHOTO_BYTES;
    public static final int TEMPLATE_BYTES = FakeBiometrics.TEMPLATE_BYTES;
    public static final int MAX_TEMPLATES = 2;

    private final String name;
    private final CardLayout layout;
    private final Map<CardField, String> fields;
    private final byte[] photo;
    private final List<byte[]> fingerprints;
    private final byte[] text;

    private Card(Builder b) {
        this.name = b.name;
        this.layout = b.layout;
        this.fields = Collections.unmodifiableMap(new EnumMap<>(b.fields));
        this.photo = FakeBiometrics.photo(name);
        List<byte[]> templates = new ArrayList<>();
        for (int i = 0; i < b.fingerprintCount; i++) {
            templates.add(FakeBiometrics.fingerprint(name, i));
        }
        this.fingerprints = List.copyOf(templates);
        this.text = CardTextEncoder.encode(this);
    }

    /** A card called {@code name} (the library's key for it, also the seed of its photo and templates). */
    public static Builder builder(String name, CardLayout layout) {
        return new Builder(name, layout);
    }

    public String name() {
        return name;
    }

    public CardLayout layout() {
        return layout;
    }

    /** The value of {@code field}; the type marker falls back to the layout's; empty for a field not set. */
    public String field(CardField field) {
        if (field == CardField.TYPE_MARKER) {
            return fields.getOrDefault(field, layout.typeMarker());
        }
        return fields.getOrDefault(field, "");
    }

    /** The fake WLT photo, exactly {@value #PHOTO_BYTES} bytes. */
    public byte[] photo() {
        return photo.clone();
    }

    public int fingerprintCount() {
        return fingerprints.size();
    }

    /** The fake templates, {@value #TEMPLATE_BYTES} bytes each. */
    public List<byte[]> fingerprints() {
        return fingerprints.stream().map(byte[]::clone).toList();
    }

    /** The 256-byte card text as the reader sends it (UCS-2LE, space padded). */
    public byte[] text() {
        return text.clone();
    }

    @Override
    public String toString() {
        return "Card[" + name + ", " + layout.fileName() + ", " + fingerprints.size() + " fingerprint templates]";
    }

    /** Collects and checks a card's fields; {@link #build()} refuses what cannot be encoded. */
    public static final class Builder {
        private final String name;
        private final CardLayout layout;
        private final Map<CardField, String> fields = new EnumMap<>(CardField.class);
        private int fingerprintCount;

        private Builder(String name, CardLayout layout) {
            this.name = Objects.requireNonNull(name, "name");
            this.layout = Objects.requireNonNull(layout, "layout");
            if (name.isBlank()) {
                throw new IllegalArgumentException("card name is blank");
            }
        }

        /**
         * @throws IllegalArgumentException when the layout has no place for the field, the value does not fit, or
         *         it holds a character outside UCS-2 (the message names the field, never the value)
         */
        public Builder field(CardField field, String value) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            int capacity = layout.capacity(field);
            if (capacity == 0) {
                throw new IllegalArgumentException("field '" + field.key() + "' has no place in layout "
                        + layout.fileName());
            }
            if (value.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                throw new IllegalArgumentException("field '" + field.key()
                        + "' has a character outside UCS-2, which the card text cannot hold");
            }
            if (value.length() > capacity) {
                throw new IllegalArgumentException("field '" + field.key() + "' has " + value.length()
                        + " characters; layout " + layout.fileName() + " holds " + capacity);
            }
            fields.put(field, value);
            return this;
        }

        /** How many fingerprint templates the card carries: 0, 1 or 2. */
        public Builder fingerprintCount(int count) {
            if (count < 0 || count > MAX_TEMPLATES) {
                throw new IllegalArgumentException("a card carries 0 to " + MAX_TEMPLATES
                        + " fingerprint templates, not " + count);
            }
            fingerprintCount = count;
            return this;
        }

        /** @throws IllegalArgumentException naming the first field of the layout that was not set */
        public Card build() {
            Set<CardField> missing = layout.requiredFields();
            missing.removeAll(fields.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("field '" + missing.iterator().next().key()
                        + "' is missing; layout " + layout.fileName() + " needs " + keys(layout.requiredFields()));
            }
            return new Card(this);
        }

        private static String keys(Set<CardField> fields) {
            return String.join(", ", fields.stream().map(CardField::key).toList());
        }
    }
}
