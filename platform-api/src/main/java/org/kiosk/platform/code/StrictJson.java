package org.kiosk.platform.code;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for codes and key sets: duplicate members refused (two {@code alg} members must not let two
 * parsers disagree), nothing after the value, and shallow nesting since nothing we issue nests deeper than 3.
 */
final class StrictJson {

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(8)
                            .maxNumberLength(32)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /** @throws IllegalArgumentException when the bytes are not one JSON object; the message names no content */
    static JsonNode readObject(byte[] json, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " is not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return node;
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
