package org.kiosk.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled catalogue's application forms ({@value #RESOURCE}): for each matter the kiosk takes applications for
 * without the platform's catalogue, the platform's implementation code and a copy of the platform's form, so that an
 * application is valid whether or not the platform can be reached when it is made. A matter without an entry is
 * handled at the counter only.
 */
final class BundledForms {

    static final String RESOURCE = "/org/kiosk/app/catalogue/bundled-forms.json";

    private BundledForms() {
    }

    /** The forms by bundled matter id. */
    static Map<String, ApplicationForm> load() throws CatalogueException {
        try (InputStream json = BundledForms.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new CatalogueException(RESOURCE + " is not bundled");
            }
            Map<String, Entry> entries = JsonMapper.builder().build().readValue(json, new TypeReference<Map<String, Entry>>() { });
            Map<String, ApplicationForm> forms = new LinkedHashMap<>();
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                if (e.getValue() == null || e.getValue().implementationCode() == null || e.getValue().form() == null) {
                    throw new CatalogueException(RESOURCE + ": matter '" + e.getKey() + "' needs an implementationCode and a form");
                }
                forms.put(e.getKey(), new ApplicationForm(e.getValue().implementationCode(), e.getValue().form(),
                        e.getValue().acceptedDocuments()));
            }
            return forms;
        } catch (IOException | JacksonException e) {
            throw new CatalogueException(RESOURCE + " unreadable: " + e.getMessage());
        }
    }

    /** {@code acceptedDocuments} as the platform's catalogue lists them; the cards the reader reads when left out. */
    private record Entry(String implementationCode, FormSchema form, List<DocumentType> acceptedDocuments) {
    }
}
