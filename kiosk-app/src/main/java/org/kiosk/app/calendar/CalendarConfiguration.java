package org.kiosk.app.calendar;

import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.SettingsException;
import org.kiosk.app.ops.PlatformRefresh;
import org.kiosk.calendar.Region;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The service centre ({@code kiosk.centre.*}), checked at start; the working calendars, refreshed from the platform
 * at start and every {@code kiosk.calendar.refresh-interval} (default 6 hours, sooner after a file could not be
 * fetched); and the matter advice read from them.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    /** Where accepted delivered calendar files are kept, under {@code kiosk.data-dir}. */
    public static final String DIRECTORY = "calendars";

    @Bean
    CentreSettings centreSettings(Environment environment) throws SettingsException {
        return CentreSettings.fromProperties(flat(environment, "kiosk.centre"));
    }

    @Bean
    CalendarUpdates calendarUpdates(CentreSettings centre, KioskProperties kiosk, ObjectProvider<PlatformClient> platform)
            throws IOException {
        PlatformClient client = platform.getIfAvailable();
        CalendarSource source = client != null ? client::calendarFile : (region, year) -> {
            throw new PlatformUnavailableException("no platform connection configured (kiosk.platform.url)");
        };
        CalendarUpdates updates = new CalendarUpdates(source, kiosk.dataDir().resolve(DIRECTORY),
                Set.of(centre.hours().region()), Clock.systemUTC());
        updates.loadStored();
        return updates;
    }

    /** The background refresh (none without a platform connection), sooner after a file could not be fetched. */
    @Bean(destroyMethod = "close")
    PlatformRefresh calendarRefresh(CalendarUpdates updates, ObjectProvider<PlatformClient> platform, Environment environment)
            throws SettingsException {
        Duration interval = interval(environment.getProperty("kiosk.calendar.refresh-interval", "PT6H"));
        if (platform.getIfAvailable() == null) {
            return PlatformRefresh.none("calendar");
        }
        return new PlatformRefresh("calendar", () -> {
            CalendarUpdates.Report report = updates.refresh();
            log.info("Calendar refresh: {} accepted, {} refused, {} not fetched", report.accepted().size(), report.refused().size(),
                    report.unavailable().size());
            return report.unavailable().isEmpty();
        }, interval);
    }

    @Bean
    MatterAdvice matterAdvice(CentreSettings centre, CalendarUpdates updates) {
        return new MatterAdvice(centre, updates::current, Clock.systemUTC());
    }

    /** The keys under {@code prefix}, without it. */
    public static Map<String, String> flat(Environment environment, String prefix) {
        return new TreeMap<>(Binder.get(environment).bind(prefix, Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
    }

    private static Duration interval(String value) throws SettingsException {
        try {
            Duration interval = Duration.parse(value.strip());
            if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new SettingsException("kiosk.calendar.refresh-interval", "at least PT1M, got " + value);
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new SettingsException("kiosk.calendar.refresh-interval", "'" + value + "' is not an ISO-8601 duration, e.g. PT6H");
        }
    }
}
