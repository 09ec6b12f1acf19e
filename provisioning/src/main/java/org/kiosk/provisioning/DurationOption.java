package org.kiosk.provisioning;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --timeout}-style option: {@code 5s}, {@code 500ms} or plain seconds, more than 0 and at most an hour. */
public final class DurationOption implements ITypeConverter<Duration> {

    /** Longer waits help no technician, and a bound keeps the wait clear of nanosecond overflow. */
    public static final Duration LONGEST = Duration.ofSeconds(3600);

    @Override
    public Duration convert(String value) {
        Duration d = parse(value);
        if (!d.isPositive() || d.compareTo(LONGEST) > 0) {
            throw new TypeConversionException(
                    "expected more than 0 and at most " + describe(LONGEST) + ", got '" + value + "'");
        }
        return d;
    }

    private static Duration parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a duration such as 5s or 500ms, got '" + value + "'");
        }
    }

    /** As a technician would write it: whole seconds in s, anything finer in ms. */
    public static String describe(Duration d) {
        return d.toMillisPart() == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
