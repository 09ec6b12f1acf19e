package org.kiosk.app.journey;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kiosk.app.catalogue.CatalogueException;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matters the kiosk takes applications for, each with the platform's implementation code and a copy of the
 * platform's form (its field names and rules), so that an application is valid whether or not the platform can be
 * reached when it is made. A matter without an entry is handled at the counter only.
 */
public final class BundledForms {

    public static final String RESOURCE = "/org/kiosk/app/journey/bundled-forms.json";
    /** What the ID-card reader reads: the documents a matter accepts when its entry does not say. */
    public static final List<DocumentType> CARDS = List.of(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT,
            DocumentType.FOREIGN_PERMANENT_RESIDENCE);

    /**
     * A matter's implementation code on the platform, its form, and the identity documents it accepts (as the
     * platform's catalogue lists them; {@link #CARDS} when not given).
     */
    public record MatterForm(String implementationCode, FormSchema form, List<DocumentType> acceptedDocuments) {
        public MatterForm {
            acceptedDocuments = acceptedDocuments == null ? CARDS : List.copyOf(acceptedDocuments);
        }
    }

    private final Map<String, MatterForm> forms;

    private BundledForms(Map<String, MatterForm> forms) {
        this.forms = Map.copyOf(forms);
    }

    public static BundledForms load() throws CatalogueException {
        try (InputStream json = BundledForms.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new CatalogueException(RESOURCE + " is not bundled");
            }
            Map<String, MatterForm> forms = JsonMapper.builder().build().readValue(json, new TypeReference<Map<String, MatterForm>>() { });
            for (Map.Entry<String, MatterForm> e : forms.entrySet()) {
                if (e.getValue() == null || e.getValue().implementationCode() == null || e.getValue().form() == null) {
                    throw new CatalogueException(RESOURCE + ": matter '" + e.getKey() + "' needs an implementationCode and a form");
                }
            }
            return new BundledForms(forms);
        } catch (IOException | JacksonException e) {
            throw new CatalogueException(RESOURCE + " unreadable: " + e.getMessage());
        }
    }

    /** The form of the kiosk's matter {@code matterId}, if the kiosk takes applications for it. */
    public Optional<MatterForm> matter(String matterId) {
        return Optional.ofNullable(forms.get(matterId));
    }
}
