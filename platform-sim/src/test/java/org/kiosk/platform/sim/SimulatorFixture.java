package org.kiosk.platform.sim;

import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.IssuedAuthorisation;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A simulator on free ports with its data in a temporary folder, one enrolled kiosk, and a mutual-TLS client of it
 * whose every reply is checked against the OpenAPI document.
 */
final class SimulatorFixture implements AutoCloseable {

    static final String KIOSK_ID = "kiosk-test-01";
    static final char[] KEY_STORE_PASSWORD = "kiosk-store".toCharArray();
    /** The social insurance certificate: documents, no appointment needed, 0 committed days. */
    static final String SOCIAL_INSURANCE = "1144010000749982812000110003000";
    static final String CENTRE = "GZ-TH-01";

    /** The platform's clock, which the fixture's clients share; a test may move it. */
    final MovableClock clock = new MovableClock();
    final PlatformSimulator simulator;
    final OpenApiContract contract;
    final Path kioskKeyStore;
    private final JsonMapper json = JsonMapper.builder().build();

    SimulatorFixture(Path dir) throws Exception {
        simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(dir.resolve("platform")).withClock(clock));
        contract = new OpenApiContract();
        kioskKeyStore = simulator.enrolKiosk(KIOSK_ID, dir.resolve("kiosk.p12"), KEY_STORE_PASSWORD);
    }

    /** A mutual-TLS client as the enrolled kiosk, its replies checked against the contract. */
    PlatformClient.Builder kiosk() throws IOException {
        return simulator.client(kioskKeyStore, KEY_STORE_PASSWORD).replyListener(contract);
    }

    static ApplicationRequest socialInsuranceCertificate() {
        return new ApplicationRequest(SOCIAL_INSURANCE, CENTRE, "zh-CN", Instant.now(),
                new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"),
                ApplicationRequest.IdentityVerification.NONE);
    }

    byte[] body(ApplicationRequest application) {
        return json.writeValueAsBytes(application);
    }

    /** Sets the fault injection through the developer listener's admin operation, as a test tool would. */
    void faults(FaultSettings settings) throws IOException, InterruptedException {
        URI admin = simulator.devUri().orElseThrow().resolve("/admin/faults");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(settings))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the simulator refused the fault settings: " + response.body());
        }
    }

    /** An e-ID code for a sample citizen from the developer listener's admin operation, its reply checked against the contract. */
    IssuedAuthorisation authorisation(String citizen, boolean expired) throws IOException, InterruptedException {
        HttpResponse<String> response = adminPost("/admin/authorisations", new AuthorisationRequest(citizen, expired));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the simulator issued no e-ID code: " + response.body());
        }
        if (!contract.validate("IssuedAuthorisation", response.body()).isEmpty()) {
            throw new IllegalStateException("the issued e-ID code does not fit the contract: " + response.body());
        }
        return json.readValue(response.body(), IssuedAuthorisation.class);
    }

    HttpResponse<String> adminPost(String path, Object body) throws IOException, InterruptedException {
        URI uri = simulator.devUri().orElseThrow().resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    long stat(String name) throws IOException, InterruptedException {
        URI stats = simulator.devUri().orElseThrow().resolve("/admin/stats");
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString()).body();
        return json.readTree(body).path(name).asLong();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
