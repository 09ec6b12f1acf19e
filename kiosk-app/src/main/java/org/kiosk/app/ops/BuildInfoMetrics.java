package org.kiosk.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The constant 1 labelled with the kiosk's software version and site ({@code kiosk_build_info{version,site}}); the
 * {@code kiosk} label comes with every meter as a common tag. Dashboards join on it to show versions and sites.
 */
public final class BuildInfoMetrics implements MeterBinder {

    private final String version;
    private final String site;

    public BuildInfoMetrics(String version, String site) {
        this.version = version;
        this.site = site;
    }

    /** The version in the application jar's manifest, or {@code dev} when run from classes. */
    public static String applicationVersion() {
        String version = BuildInfoMetrics.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kiosk.build.info", () -> 1)
                .description("Always 1; the labels tell the kiosk's software version and site")
                .tag("version", version).tag("site", site)
                .register(registry);
    }
}
