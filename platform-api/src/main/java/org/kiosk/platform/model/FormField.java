package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * One field of a matter's form.
 *
 * @param pattern a regular expression the whole value must match, or null
 * @param options the choices of a {@link Type#SELECT} field, else empty
 * @param prefill the identity-document item that fills the field, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, Type type, LocalizedText label, boolean required, String pattern, Integer minLength,
                        Integer maxLength, List<FieldOption> options, Prefill prefill) {

    public enum Type { TEXT, NUMBER, DATE, SELECT, PHONE, ID_NUMBER, BOOLEAN }

    /** Identity-document items a field can be filled from. */
    public enum Prefill { NAME, ID_NUMBER, SEX, BIRTH_DATE, ADDRESS, NATIONALITY, DOCUMENT_EXPIRY }

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public record FieldOption(String value, LocalizedText label) {
    }
}
