package org.kiosk.app.ops;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks ID-number-shaped text in every string of a structured log event (message, exception, MDC, key-value pairs)
 * before it is written; set as {@code logging.structured.json.customizer}.
 */
public final class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMasking::mask));
    }
}
