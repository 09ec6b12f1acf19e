package org.kiosk.app.calendar;

import org.kiosk.app.config.SettingsException;
import org.kiosk.calendar.HoursConfigException;
import org.kiosk.calendar.KioskHours;
import org.kiosk.calendar.MatterTerms;
import org.kiosk.calendar.ServiceCentreHours;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service centre the kiosk stands in, from {@code kiosk.centre.*} ({@code kioskctl configure} writes the code, the
 * name and the region):
 * <ul>
 * <li>{@code code}: the platform's code of the centre (applications are made at it; appointments and slots are the
 * centre's);</li>
 * <li>{@code name}: where the kiosk stands, as staff call it, e.g. 石门村党群服务中心 (optional);</li>
 * <li>{@code hours.*}: the counter hours, as {@link ServiceCentreHours#fromProperties} reads them
 * ({@code hours.region}, {@code hours.working-days}, {@code hours.cutoff}, {@code hours.extended.<day>}, ...);</li>
 * <li>{@code kiosk-hours}: when the kiosk itself is in service, {@code 24h} (default) or {@code HH:MM-HH:MM[,...]};</li>
 * <li>{@code matters.<matter-id>}: {@code <working days>,after-hours} or {@code <working days>,counter-hours}, the
 * committed working days and whether the kiosk accepts it while the counter is closed; {@code default-matter} the
 * same for any matter not listed (default {@code 5,after-hours}).</li>
 * </ul>
 *
 * @param code       the centre's platform code
 * @param name       the centre's name, or null
 * @param hours      the counter hours
 * @param kioskHours when the kiosk is in service
 * @param matters    the terms of listed matters, by catalogue id
 * @param defaults   the terms of any other matter (its code is the catalogue id asked for)
 */
public record CentreSettings(String code, String name, ServiceCentreHours hours, KioskHours kioskHours, Map<String, MatterTerms> matters,
                             MatterTerms defaults) {

    public static final String PREFIX = "kiosk.centre.";

    private static final Pattern TERMS = Pattern.compile("(\\d{1,3})\\s*,\\s*(after-hours|counter-hours)");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    public CentreSettings {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(kioskHours, "kioskHours");
        matters = Map.copyOf(matters);
        Objects.requireNonNull(defaults, "defaults");
    }

    /** The terms of the catalogue's matter {@code matterId}. */
    public MatterTerms terms(String matterId) {
        MatterTerms listed = matters.get(matterId);
        return listed != null ? listed
                : new MatterTerms(matterId, defaults.committedWorkingDays(), defaults.afterHoursAcceptance());
    }

    /**
     * Reads the settings from the keys under {@code kiosk.centre.}, given without that prefix.
     *
     * @throws SettingsException naming the full key at fault and what it accepts
     */
    public static CentreSettings fromProperties(Map<String, String> properties) throws SettingsException {
        Map<String, String> hours = new LinkedHashMap<>();
        Map<String, MatterTerms> matters = new LinkedHashMap<>();
        String code = null;
        String name = null;
        KioskHours kioskHours = KioskHours.roundTheClock();
        MatterTerms defaults = new MatterTerms("default", 5, true);
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (key.startsWith("hours.")) {
                hours.put(key.substring("hours.".length()), value);
            } else if (key.startsWith("matters.")) {
                String id = key.substring("matters.".length());
                matters.put(id, terms(key, id, value));
            } else {
                switch (key) {
                    case "code" -> {
                        if (!CODE.matcher(value).matches()) {
                            throw new SettingsException(PREFIX + key, "'" + value
                                    + "' is not a centre code (1 to 64 letters, digits, '.', '_' or '-')");
                        }
                        code = value;
                    }
                    case "name" -> {
                        if (!NAME.matcher(value).matches()) {
                            throw new SettingsException(PREFIX + key, "1 to 100 characters without control characters");
                        }
                        name = value;
                    }
                    case "kiosk-hours" -> {
                        try {
                            kioskHours = KioskHours.parse(key, value);
                        } catch (HoursConfigException e) {
                            throw new SettingsException(PREFIX + key, reason(e));
                        }
                    }
                    case "default-matter" -> defaults = terms(key, "default", value);
                    default -> throw new SettingsException(PREFIX + key,
                            "unknown key (allowed: code, name, hours.*, kiosk-hours, matters.<matter-id>, default-matter)");
                }
            }
        }
        if (code == null) {
            throw new SettingsException(PREFIX + "code", "missing: the platform's code of this service centre");
        }
        if (hours.isEmpty()) {
            throw new SettingsException(PREFIX + "hours.working-days", "missing: the counter hours of this centre");
        }
        try {
            return new CentreSettings(code, name, ServiceCentreHours.fromProperties(hours), kioskHours, matters, defaults);
        } catch (HoursConfigException e) {
            throw new SettingsException(PREFIX + "hours." + e.key(), reason(e));
        }
    }

    private static MatterTerms terms(String key, String id, String value) throws SettingsException {
        Matcher matcher = TERMS.matcher(value);
        if (!matcher.matches()) {
            throw new SettingsException(PREFIX + key,
                    "'" + value + "' is not '<working days>,after-hours' or '<working days>,counter-hours'");
        }
        try {
            return new MatterTerms(id, Integer.parseInt(matcher.group(1)), matcher.group(2).equals("after-hours"));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(PREFIX + key, e.getMessage());
        }
    }

    /** The exception's reason without its own quoted key, which the full key replaces. */
    private static String reason(HoursConfigException e) {
        String prefix = "'" + e.key() + "': ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
