package org.kiosk.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kiosk.app.ui.i18n.UiLanguage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline catalogue shipped inside the kiosk ({@value #RESOURCE}), with the forms of {@link BundledForms}: what the
 * home screen offers when no catalogue was ever fetched from the platform. Read strictly: every text in all three
 * languages, ids unique.
 */
public final class BundledServiceCatalogue implements ServiceCatalogue {

    public static final String RESOURCE = "/org/kiosk/app/catalogue/bundled-catalogue.json";

    private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private final List<ServiceCategory> categories;

    private BundledServiceCatalogue(List<ServiceCategory> categories) {
        this.categories = List.copyOf(categories);
    }

    /** The catalogue bundled with the kiosk. */
    public static BundledServiceCatalogue load() throws CatalogueException {
        try (InputStream in = BundledServiceCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("the bundled catalogue " + RESOURCE + " is missing from the application");
            }
            return read(in, BundledForms.load());
        } catch (IOException e) {
            throw new CatalogueException("the bundled catalogue could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads a catalogue in the bundled format: {@code {"categories":[{"id","name","matters":[...]}]}}, without forms. */
    public static BundledServiceCatalogue read(InputStream json) throws CatalogueException {
        return read(json, Map.of());
    }

    /** Reads a catalogue in the bundled format, each matter with its form from {@code forms} (by matter id) if listed. */
    static BundledServiceCatalogue read(InputStream json, Map<String, ApplicationForm> forms) throws CatalogueException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new CatalogueException("the catalogue is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogueException("the catalogue must be a JSON object with \"categories\"");
        }
        JsonNode list = array(root, "categories", "catalogue");
        if (list.isEmpty()) {
            throw new CatalogueException("catalogue.categories is empty");
        }
        Set<String> ids = new HashSet<>();
        List<ServiceCategory> categories = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "categories[" + i + "]";
            JsonNode c = object(list.get(i), where);
            String id = id(c, where, ids);
            JsonNode matterList = array(c, "matters", where);
            List<Matter> matters = new ArrayList<>();
            for (int j = 0; j < matterList.size(); j++) {
                matters.add(matter(object(matterList.get(j), where + ".matters[" + j + "]"), where + ".matters[" + j + "]", ids, forms));
            }
            categories.add(new ServiceCategory(id, text(c, "name", where), matters));
        }
        return new BundledServiceCatalogue(categories);
    }

    private static Matter matter(JsonNode m, String where, Set<String> ids, Map<String, ApplicationForm> forms)
            throws CatalogueException {
        String id = id(m, where, ids);
        JsonNode neededList = array(m, "needed", where);
        List<LocalizedText> needed = new ArrayList<>();
        for (int k = 0; k < neededList.size(); k++) {
            needed.add(localized(neededList.get(k), where + ".needed[" + k + "]"));
        }
        return new Matter(id, text(m, "name", where), needed, text(m, "hours", where), text(m, "counter", where), forms.get(id), null);
    }

    private static String id(JsonNode node, String where, Set<String> seen) throws CatalogueException {
        JsonNode id = node.get("id");
        if (id == null || !id.isString() || !id.asString().matches(ID)) {
            throw new CatalogueException(where + ".id must be lower-case letters, digits and '-' (at most 64)");
        }
        if (!seen.add(id.asString())) {
            throw new CatalogueException(where + ".id '" + id.asString() + "' is used twice");
        }
        return id.asString();
    }

    private static LocalizedText text(JsonNode node, String field, String where) throws CatalogueException {
        return localized(node.get(field), where + "." + field);
    }

    private static LocalizedText localized(JsonNode node, String where) throws CatalogueException {
        if (node == null || !node.isObject()) {
            throw new CatalogueException(where + " must be an object with zh_CN, zh_HK and en texts");
        }
        Map<UiLanguage, String> values = new EnumMap<>(UiLanguage.class);
        for (UiLanguage language : UiLanguage.values()) {
            JsonNode value = node.get(language.tag());
            if (value == null || !value.isString() || value.asString().isBlank()) {
                throw new CatalogueException(where + " has no " + language.tag() + " text");
            }
            values.put(language, value.asString());
        }
        return new LocalizedText(values);
    }

    private static JsonNode object(JsonNode node, String where) throws CatalogueException {
        if (node == null || !node.isObject()) {
            throw new CatalogueException(where + " must be an object");
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String field, String where) throws CatalogueException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new CatalogueException(where + "." + field + " must be an array");
        }
        return value;
    }

    @Override
    public List<ServiceCategory> categories() {
        return categories;
    }
}
