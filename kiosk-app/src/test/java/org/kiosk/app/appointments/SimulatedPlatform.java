package org.kiosk.app.appointments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.sim.PlatformSimulator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform simulator in-process on loopback, on a clock the test moves, with one enrolled kiosk's client, and its
 * admin operations as its operators call them.
 */
public final class SimulatedPlatform implements AutoCloseable {

    public static final String CENTRE = "GZ-TH-01";
    public static final String SOCIAL_INSURANCE = "1144010000749982812000110003000";
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final TestClock clock;
    public final PlatformSimulator simulator;
    public final PlatformClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    public SimulatedPlatform(Path dir, Instant start) throws Exception {
        clock = new TestClock(start);
        simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(dir.resolve("platform")).withClock(clock));
        char[] password = "kiosk-store".toCharArray();
        Path keys = simulator.enrolKiosk("kiosk-appointments", dir.resolve("kiosk.p12"), password);
        client = simulator.client(keys, password).build();
    }

    /** Calls the simulator's admin operation {@code path} (loopback only) with {@code body} as JSON. */
    public HttpResponse<String> admin(String method, String path, Object body) throws IOException, InterruptedException {
        URI uri = simulator.devUri().orElseThrow().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sets the simulator's fault injection, e.g. every call answered 503. */
    public void faults(FaultSettings settings) throws IOException, InterruptedException {
        HttpResponse<String> answer = admin("PUT", "/admin/faults", settings);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the simulator refused the fault settings: HTTP " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public void close() {
        simulator.close();
    }

    /** A clock the test sets by hand; the simulator and the kiosk's client both read it. */
    public static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
