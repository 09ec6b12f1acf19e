package org.kiosk.app.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.calendar.WorkingCalendar;
import org.kiosk.platform.model.Availability;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.FormSchema;

/**
 * The platform's catalogue ({@code GET /api/v1/matters}) as the kiosk presents it. A matter's id is its implementation
 * code; its category is the theme the platform lists it under, or, for a matter without one, its implementing body (the
 * unified social credit code the implementation code begins with) named by the matter's department. What to bring, the hours and the counter are worded from the matter's accepted
 * documents, form, availability and counter alternative in the kiosk's own texts.
 *
 * <p>Checked strictly, as the screens and the outbox will rely on every part: a matter with a missing or blank text,
 * no accepted document, no form, a malformed field, availability or code, or a code used twice refuses the whole
 * answer with a {@link CatalogueException} naming the matter and the part (no personal data is involved), so the
 * catalogue in use stays.
 */
public final class PlatformCatalogue implements ServiceCatalogue {

    /** The implementation code: the implementing body's unified social credit code (GB 32100), then the matter's part. */
    private static final Pattern IMPLEMENTATION_CODE = Pattern.compile("([0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10})[0-9A-Za-z_-]{1,64}");
    private static final Pattern THEME_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final String ALL_DAY_OPENS = "00:00";
    private static final String ALL_DAY_CLOSES = "24:00";

    private final List<ServiceCategory> categories;

    private PlatformCatalogue(List<ServiceCategory> categories) {
        this.categories = List.copyOf(categories);
    }

    /**
     * The catalogue of the platform's {@code matters}, worded with {@code texts}.
     *
     * @throws CatalogueException when the list is empty or any matter is incomplete or malformed
     */
    public static PlatformCatalogue of(List<org.kiosk.platform.model.Matter> matters, Texts texts) throws CatalogueException {
        if (matters == null || matters.isEmpty()) {
            throw new CatalogueException("the platform's catalogue lists no matters");
        }
        Map<String, List<Matter>> byCategory = new LinkedHashMap<>();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < matters.size(); i++) {
            org.kiosk.platform.model.Matter m = matters.get(i);
            String where = "matters[" + i + "]";
            if (m == null) {
                throw new CatalogueException(where + " is null");
            }
            String code = m.implementationCode();
            Matcher codeMatch = code == null ? null : IMPLEMENTATION_CODE.matcher(code);
            if (codeMatch == null || !codeMatch.matches()) {
                throw new CatalogueException(where + ".implementationCode is missing or not a unified social credit code followed by"
                        + " the matter's code");
            }
            where = "matter " + code;
            if (!codes.add(code)) {
                throw new CatalogueException(where + " is listed twice");
            }
            Matter matter = matter(m, where, texts);
            LocalizedText department = localized(m.department(), where + ".department");
            String category;
            LocalizedText categoryName;
            if (m.theme() != null) {
                if (m.theme().code() == null || !THEME_CODE.matcher(m.theme().code()).matches()) {
                    throw new CatalogueException(where + ".theme.code must be lower-case letters, digits and '-' (at most 64)");
                }
                category = m.theme().code();
                categoryName = localized(m.theme().name(), where + ".theme.name");
            } else {
                category = codeMatch.group(1).toLowerCase(Locale.ROOT);
                categoryName = department;
            }
            names.putIfAbsent(category, categoryName);
            byCategory.computeIfAbsent(category, key -> new ArrayList<>()).add(matter);
        }
        List<ServiceCategory> categories = new ArrayList<>();
        byCategory.forEach((category, list) -> categories.add(new ServiceCategory(category, names.get(category), list)));
        return new PlatformCatalogue(categories);
    }

    private static Matter matter(org.kiosk.platform.model.Matter m, String where, Texts texts) throws CatalogueException {
        LocalizedText name = localized(m.name(), where + ".name");
        if (m.identityLevel() == null) {
            throw new CatalogueException(where + ".identityLevel is missing");
        }
        List<DocumentType> documents = m.acceptedDocuments();
        if (documents == null || documents.isEmpty()) {
            throw new CatalogueException(where + ".acceptedDocuments must list at least one known document type");
        }
        FormSchema form = form(m.form(), where + ".form");
        Availability availability = m.availability();
        if (availability == null || availability.kioskOpens() == null || !TIME.matcher(availability.kioskOpens()).matches()
                || availability.kioskCloses() == null
                || !(TIME.matcher(availability.kioskCloses()).matches() || ALL_DAY_CLOSES.equals(availability.kioskCloses()))) {
            throw new CatalogueException(where + ".availability needs kioskOpens and kioskCloses as HH:mm (closing 24:00 = all day)");
        }
        if (m.committedWorkingDays() < 0 || m.committedWorkingDays() > WorkingCalendar.MAX_WORKING_DAYS) {
            throw new CatalogueException(where + ".committedWorkingDays must be 0 to " + WorkingCalendar.MAX_WORKING_DAYS
                    + ", got " + m.committedWorkingDays());
        }
        if (m.calendarRegion() == null) {
            throw new CatalogueException(where + ".calendarRegion is missing (CN, HK or MO)");
        }
        if (m.counterAlternative() == null) {
            throw new CatalogueException(where + ".counterAlternative is missing: every matter must be offered at a counter");
        }
        LocalizedText description = localized(m.counterAlternative().description(), where + ".counterAlternative.description");
        LocalizedText counter = m.counterAlternative().appointmentAvailable()
                ? each(language -> description.in(language) + texts.get(language, "catalogue.counter.appointment"))
                : description;
        List<LocalizedText> needed = new ArrayList<>();
        needed.add(each(language -> texts.get(language, "catalogue.needed.documents",
                join(texts, language, documents.stream().map(d -> texts.get(language, "catalogue.document." + key(d))).toList()))));
        List<FormField> asked = form.fields().stream().filter(f -> f.prefill() == null).toList();
        if (!asked.isEmpty()) {
            needed.add(each(language -> texts.get(language, "catalogue.needed.form",
                    join(texts, language, asked.stream().map(f -> f.label().in(language.locale())).toList()))));
        }
        LocalizedText hours = each(language -> {
            String kiosk = ALL_DAY_OPENS.equals(availability.kioskOpens()) && ALL_DAY_CLOSES.equals(availability.kioskCloses())
                    ? texts.get(language, "catalogue.hours.all-day")
                    : texts.get(language, "catalogue.hours.between", availability.kioskOpens(), availability.kioskCloses());
            return kiosk + texts.get(language, availability.afterHoursAcceptance() ? "catalogue.hours.after-hours" : "catalogue.hours.counter-hours");
        });
        return new Matter(m.implementationCode(), name, needed, hours, counter, new ApplicationForm(m.implementationCode(), form, documents),
                new PlatformTerms(m.identityLevel(), documents, m.fingerprintOffered(), m.committedWorkingDays(),
                        availability.afterHoursAcceptance(), m.calendarRegion(), m.counterAlternative().appointmentAvailable()));
    }

    private static FormSchema form(FormSchema form, String where) throws CatalogueException {
        if (form == null) {
            throw new CatalogueException(where + " is missing");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            FormField f = form.fields().get(i);
            String at = where + ".fields[" + i + "]";
            if (f == null) {
                throw new CatalogueException(at + " is null");
            }
            if (!FIELD_NAME.matcher(f.name()).matches() || !names.add(f.name())) {
                throw new CatalogueException(at + ".name must be a unique lower-camel-case name");
            }
            localized(f.label(), at + ".label");
            if (f.type() == FormField.Type.SELECT && f.options().isEmpty()) {
                throw new CatalogueException(at + " is a choice without options");
            }
            for (int j = 0; j < f.options().size(); j++) {
                FormField.FieldOption option = f.options().get(j);
                if (option == null || option.value() == null || option.value().isBlank()) {
                    throw new CatalogueException(at + ".options[" + j + "] has no value");
                }
                localized(option.label(), at + ".options[" + j + "].label");
            }
            if (f.pattern() != null) {
                try {
                    Pattern.compile(f.pattern());
                } catch (PatternSyntaxException e) {
                    throw new CatalogueException(at + ".pattern is not a regular expression: " + e.getDescription());
                }
            }
            if (f.minLength() != null && f.maxLength() != null && f.minLength() > f.maxLength()) {
                throw new CatalogueException(at + ".minLength exceeds its maxLength");
            }
        }
        return form;
    }

    private static LocalizedText localized(org.kiosk.platform.model.LocalizedText text, String where) throws CatalogueException {
        if (text == null || text.zhCN().isBlank() || text.zhHK().isBlank() || text.en().isBlank()) {
            throw new CatalogueException(where + " must have zh-CN, zh-HK and en texts");
        }
        return each(language -> text.in(language.locale()));
    }

    private static LocalizedText each(Function<UiLanguage, String> text) {
        Map<UiLanguage, String> values = new EnumMap<>(UiLanguage.class);
        for (UiLanguage language : UiLanguage.values()) {
            values.put(language, text.apply(language));
        }
        return new LocalizedText(values);
    }

    private static String join(Texts texts, UiLanguage language, List<String> items) {
        return String.join(texts.get(language, "catalogue.list-separator"), items);
    }

    private static String key(DocumentType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<ServiceCategory> categories() {
        return categories;
    }
}
