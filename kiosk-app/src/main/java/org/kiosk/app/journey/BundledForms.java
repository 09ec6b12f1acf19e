package org.kiosk.app.journey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.kiosk.app.catalogue.CatalogueException;
import org.kiosk.platform.model.FormSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matters' forms bundled with the kiosk, in the platform's form schema: a matter without its own form uses
 * {@code default}. Fields with a prefill come from the identity document and are never asked.
 */
public final class BundledForms {

    public static final String RESOURCE = "/org/kiosk/app/journey/bundled-forms.json";
    private static final String DEFAULT = "default";

    private final Map<String, FormSchema> forms;

    private BundledForms(Map<String, FormSchema> forms) {
        this.forms = Map.copyOf(forms);
    }

    public static BundledForms load() throws CatalogueException {
        try (InputStream json = BundledForms.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new CatalogueException(RESOURCE + " is not bundled");
            }
            Map<String, FormSchema> forms = JsonMapper.builder().build().readValue(json, new TypeReference<Map<String, FormSchema>>() { });
            if (!forms.containsKey(DEFAULT)) {
                throw new CatalogueException(RESOURCE + " has no '" + DEFAULT + "' form");
            }
            return new BundledForms(forms);
        } catch (IOException | JacksonException e) {
            throw new CatalogueException(RESOURCE + " unreadable: " + e.getMessage());
        }
    }

    public FormSchema form(String matterId) {
        return forms.getOrDefault(matterId, forms.get(DEFAULT));
    }
}
