package org.kiosk.app.ops;

import java.util.function.Consumer;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.session.KioskSession;

/** The phone's e-ID with each checked code's outcome counted ({@code kiosk_eid_codes_total{outcome}}); nothing else of it. */
public final class MeteredPhoneIdentification implements PhoneIdentification {

    private final PhoneIdentification phone;
    private final EidMetrics metrics;

    public MeteredPhoneIdentification(PhoneIdentification phone, EidMetrics metrics) {
        this.phone = phone;
        this.metrics = metrics;
    }

    @Override
    public boolean ready() {
        return phone.ready();
    }

    @Override
    public Listening listen(KioskSession session, Consumer<Result> results) {
        return phone.listen(session, result -> {
            metrics.checked(result.outcome());
            results.accept(result);
        });
    }
}
