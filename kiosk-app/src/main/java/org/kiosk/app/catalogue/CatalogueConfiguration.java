package org.kiosk.app.catalogue;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.SettingsException;
import org.kiosk.app.ops.PlatformRefresh;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.platform.client.PlatformClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The service catalogue: the platform's, fetched in the background at start and every
 * {@code kiosk.catalogue.refresh-interval} (default 1 hour, at least 1 minute) when a platform is configured (sooner
 * after the platform did not answer, see {@link PlatformRefresh}), the
 * last accepted copy kept in the kiosk's SQLite file, and the bundled catalogue when nothing was ever fetched.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    public static final String REFRESH_INTERVAL = "kiosk.catalogue.refresh-interval";

    @Bean(destroyMethod = "close")
    StoredCatalogue storedCatalogue(KioskProperties kiosk) throws SQLException, IOException {
        return new StoredCatalogue(KioskDatabase.file(kiosk.dataDir()));
    }

    @Bean
    RefreshedCatalogue serviceCatalogue(StoredCatalogue stored, ObjectProvider<PlatformClient> platform, Texts texts)
            throws CatalogueException {
        PlatformClient client = platform.getIfAvailable();
        return new RefreshedCatalogue(client != null ? client::matters : null, stored, BundledServiceCatalogue.load(), texts,
                Clock.systemUTC());
    }

    /** The background refresh (none without a platform connection), sooner after the platform did not answer. */
    @Bean(destroyMethod = "close")
    PlatformRefresh catalogueRefresh(RefreshedCatalogue catalogue, ObjectProvider<PlatformClient> platform, Environment environment)
            throws SettingsException {
        Duration interval = interval(environment.getProperty(REFRESH_INTERVAL, "PT1H"));
        if (platform.getIfAvailable() == null) {
            return PlatformRefresh.none("catalogue");
        }
        return new PlatformRefresh("catalogue",
                () -> catalogue.refresh().filter(failure -> failure == RefreshedCatalogue.Failure.UNAVAILABLE).isEmpty(), interval);
    }

    static Duration interval(String value) throws SettingsException {
        try {
            Duration interval = Duration.parse(value.strip());
            if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new SettingsException(REFRESH_INTERVAL, "at least PT1M, got " + value);
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new SettingsException(REFRESH_INTERVAL, "'" + value + "' is not an ISO-8601 duration, e.g. PT1H");
        }
    }
}
