package org.kiosk.platform.model;

import java.util.List;

public record FormSchema(List<FormField> fields) {
    public FormSchema {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
