package org.kiosk.app.ui.i18n;

import java.util.Locale;

/** The languages of the citizen's screens (CITIZEN.md): Simplified Chinese first, Traditional Chinese, English. */
public enum UiLanguage {
    SIMPLIFIED_CHINESE("zh_CN", Locale.SIMPLIFIED_CHINESE, "lang-zh-cn"),
    TRADITIONAL_CHINESE("zh_HK", Locale.forLanguageTag("zh-HK"), "lang-zh-hk"),
    ENGLISH("en", Locale.ENGLISH, "lang-en");

    private final String tag;
    private final Locale locale;
    private final String styleClass;

    UiLanguage(String tag, Locale locale, String styleClass) {
        this.tag = tag;
        this.locale = locale;
        this.styleClass = styleClass;
    }

    /** The bundle suffix and the catalogue's key: {@code zh_CN}, {@code zh_HK}, {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The style class the scene's root carries in this language (each picks its own CJK glyph forms). */
    public String styleClass() {
        return styleClass;
    }

    public static UiLanguage byTag(String tag) {
        for (UiLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + tag + "' (zh_CN, zh_HK or en)");
    }
}
