package org.kiosk.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kiosk.app.ui.service.PhoneIdentification;

/**
 * Codes shown to the kiosk as a phone's e-ID, by outcome ({@code kiosk_eid_codes_total{outcome}}), every outcome
 * registered at 0: many {@code unavailable} point at the platform, many {@code not_an_eid} at citizens showing the
 * wrong code.
 */
public final class EidMetrics implements MeterBinder {

    private final EnumCounters<PhoneIdentification.Outcome> codes = new EnumCounters<>(PhoneIdentification.Outcome.class,
            "kiosk.eid.codes", "Codes checked as a phone's e-ID, by outcome", "outcome", "e-ID");

    @Override
    public void bindTo(MeterRegistry registry) {
        codes.bindTo(registry);
    }

    void checked(PhoneIdentification.Outcome outcome) {
        codes.increment(outcome);
    }
}
