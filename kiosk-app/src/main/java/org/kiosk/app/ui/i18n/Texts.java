package org.kiosk.app.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text of the screens, from the bundles {@code messages_zh_CN}, {@code messages_zh_HK} and {@code messages_en}
 * (UTF-8). There is no fallback between languages: a key one bundle lacks is shown as {@code ⟦key⟧}, logged, and
 * remembered, so the accessibility audit and the tests catch it instead of a citizen reading a key or another language.
 */
public final class Texts {

    /** Opens the marker every missing text is shown with. */
    public static final String MISSING_MARK = "⟦";

    private static final Logger log = LoggerFactory.getLogger(Texts.class);

    private final Map<UiLanguage, Map<String, String>> bundles;
    private final Set<String> missingLookups = ConcurrentHashMap.newKeySet();

    private Texts(Map<UiLanguage, Map<String, String>> bundles) {
        this.bundles = bundles;
    }

    /** The kiosk's bundles. */
    public static Texts load() {
        return load("/org/kiosk/app/ui/i18n/messages");
    }

    /** Bundles at {@code base + "_" + tag + ".properties"} on the class path; each must exist. */
    public static Texts load(String base) {
        Map<UiLanguage, Map<String, String>> bundles = new EnumMap<>(UiLanguage.class);
        for (UiLanguage language : UiLanguage.values()) {
            String name = base + "_" + language.tag() + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the text bundle " + name + " is missing from the application");
                }
                Properties p = new Properties();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
                Map<String, String> texts = new LinkedHashMap<>();
                p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
                bundles.put(language, Map.copyOf(texts));
            } catch (IOException e) {
                throw new IllegalStateException("the text bundle " + name + " could not be read: " + e.getMessage(), e);
            }
        }
        return new Texts(bundles);
    }

    /** Texts from maps in memory, for tests that need a bundle with a gap. */
    public static Texts of(Map<UiLanguage, Map<String, String>> bundles) {
        Map<UiLanguage, Map<String, String>> copy = new EnumMap<>(UiLanguage.class);
        for (UiLanguage language : UiLanguage.values()) {
            copy.put(language, Map.copyOf(bundles.getOrDefault(language, Map.of())));
        }
        return new Texts(copy);
    }

    /** The text of {@code key} in {@code language}; {@code {0}}, {@code {1}}... replaced by the arguments in order. */
    public String get(UiLanguage language, String key, Object... args) {
        String text = bundles.get(language).get(key);
        if (text == null) {
            if (missingLookups.add(language.tag() + ":" + key)) {
                log.warn("no {} text for key {}", language.tag(), key);
            }
            return MISSING_MARK + key + "⟧";
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every key of every bundle. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles.values().forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /** For each language, the keys another bundle has and this one lacks (or has blank). */
    public Map<UiLanguage, Set<String>> coverageGaps() {
        Map<UiLanguage, Set<String>> gaps = new EnumMap<>(UiLanguage.class);
        Set<String> all = keys();
        for (UiLanguage language : UiLanguage.values()) {
            Set<String> missing = new TreeSet<>();
            for (String key : all) {
                String text = bundles.get(language).get(key);
                if (text == null || text.isBlank()) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                gaps.put(language, missing);
            }
        }
        return gaps;
    }

    /** The {@code tag:key} pairs asked for and not found since start. */
    public Set<String> missingLookups() {
        return Collections.unmodifiableSet(new TreeSet<>(missingLookups));
    }
}
