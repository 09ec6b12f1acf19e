package org.kiosk.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox's depth ({@code kiosk_outbox_depth}) and the age of its oldest pending application
 * ({@code kiosk_outbox_oldest_pending_age_seconds}), read from the outbox on every scrape.
 */
public final class OutboxMetrics implements MeterBinder {

    private final OutboxStatus outbox;

    public OutboxMetrics(OutboxStatus outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kiosk.outbox.depth", outbox, OutboxStatus::depth)
                .description("Applications waiting in the outbox to be submitted")
                .register(registry);
        Gauge.builder("kiosk.outbox.oldest.pending.age", outbox, o -> o.oldestPendingAge().toNanos() / 1e9)
                .description("How long the oldest waiting application has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }
}
