package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.model.CaseStatus;
import org.kiosk.platform.model.FaultSettings;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator as its own process, killed with SIGKILL and started again on its data folder. */
class PlatformRestartTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private SimulatorProcess simulator;

    @AfterEach
    void stop() throws InterruptedException {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void answeredCasesSurviveAKillAndAnApplicationCutOffInFlightBecomesOneCaseOnRetry(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform");
        URI dev = start(data);
        PlatformClient kiosk = PlatformClient.builder(dev).plainHttp().build();
        byte[] application = json.writeValueAsBytes(SimulatorFixture.socialInsuranceCertificate());
        SubmissionResult.Accepted before = (SubmissionResult.Accepted) kiosk.submit("restart-1", application);

        faults(dev, new FaultSettings(0, 0, 0, 0, 1, 0, true));
        PlatformClient impatient = PlatformClient.builder(dev).plainHttp().requestTimeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> impatient.submit("restart-2", application)).isInstanceOf(PlatformUnavailableException.class);
        awaitInFlight(dev);
        simulator.kill();

        dev = start(data);
        kiosk = PlatformClient.builder(dev).plainHttp().build();
        assertThat(kiosk.caseStatus(before.caseNumber()).status()).isEqualTo(CaseStatus.Status.ACCEPTED);
        assertThat(kiosk.submit("restart-1", application)).isEqualTo(before);
        SubmissionResult retried = kiosk.submit("restart-2", application);
        assertThat(retried).isInstanceOf(SubmissionResult.Accepted.class);
        assertThat(kiosk.submit("restart-2", application)).isEqualTo(retried);
        assertThat(stat(dev, "cases")).isEqualTo(2);
    }

    private URI start(Path data) throws IOException {
        simulator = SimulatorProcess.start(PlatformSimulator.Options.forTest(data));
        return simulator.devUri().orElseThrow();
    }

    private void faults(URI dev, FaultSettings settings) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(dev.resolve("/admin/faults"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(settings))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private long stat(URI dev, String name) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(dev.resolve("/admin/stats")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return json.readTree(body).path(name).asLong();
    }

    private void awaitInFlight(URI dev) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (stat(dev, "applicationsInFlight") != 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the application never reached the platform");
            }
            Thread.sleep(20);
        }
    }
}
