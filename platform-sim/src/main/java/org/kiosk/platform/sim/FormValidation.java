package org.kiosk.platform.sim;

import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.model.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks an application's form values against its matter's form; the errors name fields, never values. */
final class FormValidation {

    private FormValidation() {
    }

    static List<FieldError> errors(Matter matter, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = matter.form().fields().stream().map(FormField::name).collect(Collectors.toSet());
        values.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name -> errors.add(new FieldError(name, "unknown-field")));
        for (FormField field : matter.form().fields()) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    errors.add(new FieldError(field.name(), "required"));
                }
                continue;
            }
            String problem = problem(field, value);
            if (problem != null) {
                errors.add(new FieldError(field.name(), problem));
            }
        }
        return errors;
    }

    private static String problem(FormField field, String value) {
        if (field.minLength() != null && value.length() < field.minLength()) {
            return "too-short";
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            return "too-long";
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(value).matches()) {
            return "pattern";
        }
        return switch (field.type()) {
            case SELECT -> field.options().stream().anyMatch(o -> o.value().equals(value)) ? null : "not-an-option";
            case DATE -> isDate(value) ? null : "not-a-date";
            case NUMBER -> isNumber(value) ? null : "not-a-number";
            case BOOLEAN -> "true".equals(value) || "false".equals(value) ? null : "not-an-option";
            case TEXT, PHONE, ID_NUMBER -> null;
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
