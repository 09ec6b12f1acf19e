package org.kiosk.app.catalogue;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.SettingsException;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.platform.client.PlatformClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The service catalogue: the platform's, fetched in the background at start and every
 * {@code kiosk.catalogue.refresh-interval} (default 1 hour, at least 1 minute) when a platform is configured, the
 * last accepted copy kept in the kiosk's SQLite file, and the bundled catalogue when nothing was ever fetched.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    public static final String REFRESH_INTERVAL = "kiosk.catalogue.refresh-interval";

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

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

    @Bean(destroyMethod = "close")
    CatalogueRefresh catalogueRefresh(RefreshedCatalogue catalogue, ObjectProvider<PlatformClient> platform, Environment environment)
            throws SettingsException {
        Duration interval = interval(environment.getProperty(REFRESH_INTERVAL, "PT1H"));
        return new CatalogueRefresh(catalogue, platform.getIfAvailable() != null ? interval : null);
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

    /** The background refresh: at once (the screens show the catalogue in use meanwhile), then every interval. */
    public static final class CatalogueRefresh implements AutoCloseable {

        private final ScheduledExecutorService scheduler;

        CatalogueRefresh(RefreshedCatalogue catalogue, Duration interval) {
            if (interval == null) {
                this.scheduler = null;
                return;
            }
            this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "catalogue-refresh");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    catalogue.refresh();
                } catch (RuntimeException e) {
                    log.error("Catalogue refresh failed, the catalogue in use stays", e);
                }
            }, 0, interval.toSeconds(), TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
    }
}
