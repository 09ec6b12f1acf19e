package org.kiosk.platform.model;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a matter's accepted document type; a name this version does not know (one a later platform added) reads as
 * null, which the matter leaves out, so that one new type does not make the whole catalogue unreadable. Anything
 * other than a string is still an error.
 */
final class KnownDocumentType extends ValueDeserializer<DocumentType> {

    @Override
    public DocumentType deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (DocumentType) context.handleUnexpectedToken(DocumentType.class, parser);
        }
        String name = parser.getString();
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
