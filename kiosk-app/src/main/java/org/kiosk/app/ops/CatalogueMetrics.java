package org.kiosk.app.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.kiosk.app.catalogue.RefreshedCatalogue;

/**
 * The service catalogue in use: where it comes from ({@code kiosk_catalogue_source{source}}: 1 for {@code bundled},
 * {@code stored} or {@code platform}), how long ago it was fetched from the platform
 * ({@code kiosk_catalogue_age_seconds}, NaN while the bundled one is in use), and the refreshes that kept it
 * ({@code kiosk_catalogue_refresh_failures_total{reason}}: {@code unavailable} or {@code invalid}).
 */
public final class CatalogueMetrics implements MeterBinder {

    private final RefreshedCatalogue catalogue;
    private final Clock clock;

    public CatalogueMetrics(RefreshedCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RefreshedCatalogue.Source source : RefreshedCatalogue.Source.values()) {
            Gauge.builder("kiosk.catalogue.source", catalogue, c -> c.source() == source ? 1 : 0)
                    .description("1 for where the service catalogue in use comes from: bundled, stored (last fetched copy) or platform")
                    .tag("source", Labels.of(source))
                    .register(registry);
        }
        Gauge.builder("kiosk.catalogue.age", catalogue, c -> c.fetchedAt()
                        .map(at -> Duration.between(at, clock.instant()).toMillis() / 1e3).orElse(Double.NaN))
                .description("Time since the catalogue in use was fetched from the platform; NaN while the bundled one is in use")
                .baseUnit("seconds")
                .register(registry);
        for (RefreshedCatalogue.Failure failure : RefreshedCatalogue.Failure.values()) {
            FunctionCounter.builder("kiosk.catalogue.refresh.failures", catalogue, c -> c.failures(failure))
                    .description("Catalogue refreshes that kept the catalogue in use: platform unavailable, or its answer invalid")
                    .tag("reason", Labels.of(failure))
                    .register(registry);
        }
    }
}
