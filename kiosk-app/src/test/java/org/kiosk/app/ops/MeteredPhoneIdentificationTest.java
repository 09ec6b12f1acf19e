package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.PhoneIdentification.Outcome;
import org.kiosk.app.ui.service.PhoneIdentification.Result;
import org.kiosk.app.ui.session.KioskSession;

class MeteredPhoneIdentificationTest {

    @Test
    void eachCheckedCodeIsCountedByOutcomeAndStillReachesTheScreen() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        EidMetrics metrics = new EidMetrics();
        metrics.bindTo(registry);
        List<Consumer<Result>> listeners = new ArrayList<>();
        PhoneIdentification phone = new PhoneIdentification() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public Listening listen(KioskSession session, Consumer<Result> results) {
                listeners.add(results);
                return () -> { };
            }
        };
        List<Result> shown = new ArrayList<>();
        MeteredPhoneIdentification metered = new MeteredPhoneIdentification(phone, metrics);
        assertThat(metered.ready()).isTrue();
        metered.listen(new KioskSession(), shown::add);
        Result identified = new Result(Outcome.IDENTIFIED,
                Optional.of(new Identification.DocumentSummary(Identification.DocumentKind.ELECTRONIC_ID, false, false)));
        listeners.getFirst().accept(Result.of(Outcome.NOT_AN_EID));
        listeners.getFirst().accept(Result.of(Outcome.NOT_AN_EID));
        listeners.getFirst().accept(identified);

        assertThat(shown).containsExactly(Result.of(Outcome.NOT_AN_EID), Result.of(Outcome.NOT_AN_EID), identified);
        assertThat(count(registry, "not_an_eid")).isEqualTo(2);
        assertThat(count(registry, "identified")).isEqualTo(1);
        for (String none : List.of("expired", "already_used", "unavailable")) {
            assertThat(count(registry, none)).as(none).isZero();
        }
    }

    private static double count(SimpleMeterRegistry registry, String outcome) {
        return registry.get("kiosk.eid.codes").tag("outcome", outcome).counter().count();
    }
}
