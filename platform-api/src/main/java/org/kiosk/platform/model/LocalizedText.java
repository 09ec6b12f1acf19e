package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Objects;

/** The same text in the kiosk's three languages. */
public record LocalizedText(@JsonProperty("zh-CN") String zhCN, @JsonProperty("zh-HK") String zhHK, @JsonProperty("en") String en) {

    public LocalizedText {
        Objects.requireNonNull(zhCN, "zh-CN");
        Objects.requireNonNull(zhHK, "zh-HK");
        Objects.requireNonNull(en, "en");
    }

    /** The text for a language tag: {@code zh-HK} and {@code zh-MO} give Traditional, other {@code zh} Simplified, anything else English. */
    public String in(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return en;
        }
        String country = locale.getCountry();
        return "HK".equals(country) || "MO".equals(country) || "TW".equals(country) || "Hant".equals(locale.getScript()) ? zhHK : zhCN;
    }
}
