package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.FaultSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every application becomes exactly one case, whatever is retried, duplicated or lost between kiosk and platform. */
class IdempotencyTest extends SimulatorTest {

    @AfterEach
    void noFaults() throws Exception {
        fixture.faults(FaultSettings.NONE);
    }

    @Test
    void theSameKeyAndBodyGiveTheOriginalResult() throws Exception {
        byte[] body = fixture.body(SimulatorFixture.socialInsuranceCertificate());
        SubmissionResult first = kiosk.submit("same-1", body);
        SubmissionResult again = kiosk.submit("same-1", body);
        assertThat(first).isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(again).isEqualTo(first);
        assertThat(casesFor("same-1")).isEqualTo(1);
    }

    @Test
    void aFinalRefusalIsRepeatedToo() throws Exception {
        byte[] body = "{\"implementationCode\":\"none\"}".getBytes();
        SubmissionResult first = kiosk.submit("refused-1", body);
        assertThat(first).isInstanceOfSatisfying(SubmissionResult.Rejected.class, r -> assertThat(r.reasonCode()).isEqualTo("malformed-request"));
        assertThat(kiosk.submit("refused-1", body)).isEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        ApplicationRequest application = SimulatorFixture.socialInsuranceCertificate();
        kiosk.submit("reused-1", application);
        ApplicationRequest other = new ApplicationRequest(application.implementationCode(), application.centreCode(), "en",
                application.submittedAt(), application.applicant(), application.fields(), application.identityVerification());
        assertThat(kiosk.submit("reused-1", other)).isInstanceOfSatisfying(SubmissionResult.Rejected.class,
                r -> assertThat(r.reasonCode()).isEqualTo("idempotency-key-reused"));
        assertThat(casesFor("reused-1")).isEqualTo(1);
    }

    @Test
    void aDuplicateWhileTheFirstIsInFlightGets409ThenTheOriginalResult() throws Exception {
        byte[] body = fixture.body(SimulatorFixture.socialInsuranceCertificate());
        fixture.faults(new FaultSettings(0, 0, 0, 0, 1, 0, true));
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<SubmissionResult> original = first.submit(() -> kiosk.submit("concurrent-1", body));
            awaitInFlight(1);
            assertThatThrownBy(() -> kiosk.submit("concurrent-1", body)).isInstanceOfSatisfying(PlatformUnavailableException.class, e -> {
                assertThat(e.getMessage()).contains("409", "request-in-flight");
                assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
            });
            fixture.faults(FaultSettings.NONE);
            SubmissionResult accepted = original.get(30, TimeUnit.SECONDS);
            assertThat(accepted).isInstanceOf(SubmissionResult.Accepted.class);
            assertThat(kiosk.submit("concurrent-1", body)).isEqualTo(accepted);
        } finally {
            first.shutdownNow();
        }
        assertThat(casesFor("concurrent-1")).isEqualTo(1);
    }

    @Test
    void aRetryAfterAClientTimeoutWhoseRequestReachedThePlatformGetsTheOneCase() throws Exception {
        byte[] body = fixture.body(SimulatorFixture.socialInsuranceCertificate());
        PlatformClient impatient = fixture.kiosk().requestTimeout(Duration.ofMillis(300)).build();
        fixture.faults(new FaultSettings(0, 0, 0, 0, 1, 0, true));
        assertThatThrownBy(() -> impatient.submit("timeout-1", body)).isInstanceOf(PlatformUnavailableException.class)
                .hasMessageContaining("no answer from the platform within");
        awaitInFlight(1);
        fixture.faults(FaultSettings.NONE);

        SubmissionResult result = retryUntilFinal("timeout-1", body);
        assertThat(result).isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(casesFor("timeout-1")).isEqualTo(1);
        assertThat(kiosk.submit("timeout-1", body)).isEqualTo(result);
    }

    @Test
    void aReplyLostWithItsConnectionIsRecoveredByTheRetry() throws Exception {
        byte[] body = fixture.body(SimulatorFixture.socialInsuranceCertificate());
        fixture.faults(new FaultSettings(3, 0, 0, 0, 1, 1.0, false));
        assertThatThrownBy(() -> kiosk.submit("dropped-1", body)).isInstanceOf(PlatformUnavailableException.class)
                .hasMessageContaining("cannot reach the platform");
        assertThat(casesFor("dropped-1")).isEqualTo(1);
        fixture.faults(FaultSettings.NONE);
        assertThat(kiosk.submit("dropped-1", body)).isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(casesFor("dropped-1")).isEqualTo(1);
    }

    @Test
    void aMissingOrMalformedKeyIsTheCallersMistake() {
        assertThatThrownBy(() -> kiosk.submit("has space", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kiosk.submit("", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private SubmissionResult retryUntilFinal(String key, byte[] body) throws Exception {
        PlatformUnavailableException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return kiosk.submit(key, body);
            } catch (PlatformUnavailableException e) {
                last = e;
                Thread.sleep(e.retryAfter().map(Duration::toMillis).orElse(100L) / 10);
            }
        }
        throw new AssertionError("no final answer after 50 attempts", last);
    }

    private static void awaitInFlight(long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (fixture.stat("applicationsInFlight") != expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the application never reached the platform");
            }
            Thread.sleep(20);
        }
    }

    private static int casesFor(String key) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + fixture.simulator.database());
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM cases WHERE idem_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
