package org.kiosk.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kiosk.app.ui.service.PhoneIdentification;

/**
 * Codes shown to the kiosk as a phone's e-ID, by outcome ({@code kiosk_eid_codes_total{outcome}}), every outcome
 * registered at 0: many {@code unavailable} point at the platform, many {@code not_an_eid} at citizens showing the
 * wrong code.
 */
public final class EidMetrics implements MeterBinder {

    private final Map<PhoneIdentification.Outcome, Counter> codes = new EnumMap<>(PhoneIdentification.Outcome.class);

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PhoneIdentification.Outcome outcome : PhoneIdentification.Outcome.values()) {
            codes.put(outcome, Counter.builder("kiosk.eid.codes")
                    .description("Codes checked as a phone's e-ID, by outcome")
                    .tag("outcome", Labels.of(outcome))
                    .register(registry));
        }
    }

    void checked(PhoneIdentification.Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Counter counter = codes.get(outcome);
        if (counter == null) {
            throw new IllegalStateException("e-ID meters are not bound to a registry yet");
        }
        counter.increment();
    }
}
