package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.Region;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults set at run time through the admin operation, reproducible by their seed. */
class FaultInjectionTest extends SimulatorTest {

    @AfterEach
    void noFaults() throws Exception {
        fixture.faults(FaultSettings.NONE);
    }

    @Test
    void theSameSeedGivesTheSameFaults() throws Exception {
        FaultSettings mixed = new FaultSettings(42, 0, 0.3, 0.3, 7, 0, false);
        fixture.faults(mixed);
        List<String> first = outcomes(30);
        fixture.faults(mixed);
        List<String> second = outcomes(30);
        fixture.faults(new FaultSettings(43, 0, 0.3, 0.3, 7, 0, false));
        List<String> otherSeed = outcomes(30);

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("ok", "500 injected-error", "503 service-unavailable retry PT7S");
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void unavailabilityCarriesRetryAfter() throws Exception {
        fixture.faults(new FaultSettings(1, 0, 0, 1.0, 30, 0, false));
        assertThatThrownBy(kiosk::centres).isInstanceOfSatisfying(PlatformUnavailableException.class,
                e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30)));
        assertThatThrownBy(() -> kiosk.submit("unavailable-1", SimulatorFixture.socialInsuranceCertificate()))
                .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30)));
        assertThat(fixture.stat("cases")).isZero();
    }

    @Test
    void latencyBeyondTheClientsPatienceIsATimeout() throws Exception {
        fixture.faults(new FaultSettings(1, 2_000, 0, 0, 1, 0, false));
        PlatformClient impatient = fixture.kiosk().requestTimeout(Duration.ofMillis(200)).build();
        assertThatThrownBy(impatient::centres).isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("no answer");
    }

    @Test
    void aDroppedConnectionIsUnavailability() throws Exception {
        fixture.faults(new FaultSettings(1, 0, 0, 0, 1, 1.0, false));
        assertThatThrownBy(kiosk::matters).isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("cannot reach the platform");
    }

    @Test
    void impossibleSettingsAreRefusedByName() throws Exception {
        URI admin = fixture.simulator.devUri().orElseThrow().resolve("/admin/faults");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"seed":1,"latencyMillis":0,"errorRate":0.8,"unavailableRate":0.5,"retryAfterSeconds":1,"dropRate":0,"holdApplications":false}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("validation-failed", "must not exceed 1");
        assertThat(fixture.contract.validate("Problem", response.body())).isEmpty();
    }

    /** What happens to each of {@code n} cheap requests, in order. */
    private static List<String> outcomes(int n) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                kiosk.calendar(Region.CN, 2026);
                outcomes.add("ok");
            } catch (PlatformUnavailableException e) {
                String message = e.getMessage();
                String what = message.substring(message.indexOf('(') + 1, message.indexOf(')'));
                outcomes.add(what + e.retryAfter().map(d -> " retry " + d).orElse(""));
            } catch (PlatformException e) {
                outcomes.add("refused " + e.getMessage());
            }
        }
        return outcomes;
    }
}
