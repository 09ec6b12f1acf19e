package org.kiosk.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.calendar.CalendarUpdates;
import org.kiosk.app.catalogue.RefreshedCatalogue;
import org.kiosk.calendar.WorkingCalendars;
import org.kiosk.device.Device;
import org.kiosk.device.printer.ReceiptPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kiosk's meters and health: every {@link Device} bean gets state and error meters and a health indicator (under
 * {@code devices}); those named in {@code kiosk.ops.required-devices} and the SQLite file make up readiness (the
 * {@code requiredDevices} and {@code storage} contributors of the readiness group in application.properties).
 */
@Configuration(proxyBeanMethods = false)
public class OpsConfiguration {

    /** Every meter carries the kiosk it comes from, for Prometheus scrapes and OTLP pushes alike. */
    @Bean
    MeterRegistryCustomizer<MeterRegistry> kioskTag(KioskProperties kiosk) {
        return registry -> registry.config().commonTags("kiosk", kiosk.id());
    }

    @Bean(destroyMethod = "close")
    DeviceMetrics deviceMetrics(List<Device> devices) {
        return new DeviceMetrics(devices);
    }

    @Bean
    MeterBinder printerMetrics(List<ReceiptPrinter> printers) {
        return registry -> printers.forEach(printer -> new PrinterMetrics(printer).bindTo(registry));
    }

    @Bean
    CalendarMetrics calendarMetrics(ObjectProvider<CalendarUpdates> calendars) {
        CalendarUpdates updates = calendars.getIfAvailable();
        return new CalendarMetrics(updates != null ? updates::current : WorkingCalendars::bundled, Clock.systemDefaultZone());
    }

    @Bean
    CatalogueMetrics catalogueMetrics(RefreshedCatalogue catalogue) {
        return new CatalogueMetrics(catalogue, Clock.systemUTC());
    }

    @Bean
    BuildInfoMetrics buildInfoMetrics(OpsProperties ops) {
        return new BuildInfoMetrics(BuildInfoMetrics.applicationVersion(), ops.site());
    }

    @Bean
    SessionMetrics sessionMetrics() {
        return new SessionMetrics();
    }

    @Bean
    SubmissionMetrics submissionMetrics() {
        return new SubmissionMetrics();
    }

    @Bean
    EidMetrics eidMetrics() {
        return new EidMetrics();
    }

    @Bean
    OutboxStatus outboxStatus(KioskOutbox outbox) {
        return new KioskOutboxStatus(outbox);
    }

    @Bean
    OutboxMetrics outboxMetrics(OutboxStatus outbox) {
        return new OutboxMetrics(outbox);
    }

    @Bean
    CompositeHealthContributor devicesHealthContributor(List<Device> devices) {
        return CompositeHealthContributor.fromMap(indicators(devices));
    }

    @Bean
    CompositeHealthContributor requiredDevicesHealthContributor(List<Device> devices, OpsProperties ops) {
        Map<String, HealthIndicator> all = indicators(devices);
        Map<String, HealthIndicator> required = new LinkedHashMap<>();
        for (String name : ops.requiredDevices()) {
            HealthIndicator indicator = all.get(name);
            if (indicator == null) {
                throw new IllegalArgumentException("kiosk.ops.required-devices names '" + name
                        + "', which is not a device of this kiosk; its devices are " + String.join(", ", new TreeSet<>(all.keySet())));
            }
            required.put(name, indicator);
        }
        return CompositeHealthContributor.fromMap(required);
    }

    @Bean
    StorageHealthIndicator storageHealthIndicator(KioskProperties kiosk) {
        return new StorageHealthIndicator(KioskDatabase.file(kiosk.dataDir()));
    }

    private static Map<String, HealthIndicator> indicators(List<Device> devices) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        devices.forEach(device -> indicators.put(device.id(), new DeviceHealthIndicator(device)));
        return indicators;
    }
}
