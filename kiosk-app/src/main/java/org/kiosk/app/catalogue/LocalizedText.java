package org.kiosk.app.catalogue;

import java.util.EnumMap;
import java.util.Map;
import org.kiosk.app.ui.i18n.UiLanguage;

/** A text of the catalogue in every language the kiosk speaks; a catalogue missing one is refused when read. */
public record LocalizedText(Map<UiLanguage, String> values) {

    public LocalizedText {
        values = new EnumMap<>(values);
        for (UiLanguage language : UiLanguage.values()) {
            String value = values.get(language);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("no " + language.tag() + " text");
            }
        }
        values = Map.copyOf(values);
    }

    public String in(UiLanguage language) {
        return values.get(language);
    }
}
