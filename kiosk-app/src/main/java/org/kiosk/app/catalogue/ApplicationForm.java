package org.kiosk.app.catalogue;

import java.util.Objects;
import org.kiosk.platform.model.FormSchema;

/**
 * What the kiosk needs to take an application for a matter: the platform's implementation code and the matter's form
 * (its field names and rules), kept with the matter so that a journey keeps the form it started with.
 */
public record ApplicationForm(String implementationCode, FormSchema schema) {

    public ApplicationForm {
        Objects.requireNonNull(implementationCode, "implementationCode");
        Objects.requireNonNull(schema, "schema");
    }
}
