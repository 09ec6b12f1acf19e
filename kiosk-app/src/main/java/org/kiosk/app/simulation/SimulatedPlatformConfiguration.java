package org.kiosk.app.simulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kiosk.app.appointments.AppointmentsSettings;
import org.kiosk.app.calendar.CentreSettings;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.IssuedAuthorisation;
import org.kiosk.platform.model.StartingNowBooking;
import org.kiosk.platform.sim.PlatformSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform of the simulated stack ({@code kiosk.simulation.platform=true}): the platform simulator in this
 * process on loopback (free ports, its data under the kiosk's data folder), this kiosk enrolled with it as a
 * technician would, and the platform client the outbox sends through over mutual TLS. Journeys take it away by
 * making it answer 503 to everything, have it book appointments that start now, and ask it for the e-ID codes a
 * citizen's phone app would show (its admin operations).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosk.simulation.platform", havingValue = "true")
public class SimulatedPlatformConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPlatformConfiguration.class);
    /** The simulated kiosk's own key store; it protects only a test certificate of the simulator's test CA. */
    private static final char[] KEY_STORE_PASSWORD = "simulated-kiosk".toCharArray();

    /** The simulator's data folder: under the kiosk's. */
    static Path dataFolder(KioskProperties kiosk) {
        return kiosk.dataDir().resolve("platform-sim").toAbsolutePath();
    }

    /** The simulator, started here or, when the launcher added {@link EarlyPlatformSimulator}, beside this context. */
    @Bean(destroyMethod = "close")
    PlatformSimulator platformSimulator(KioskProperties kiosk, ObjectProvider<EarlyPlatformSimulator> early) throws IOException {
        Path data = dataFolder(kiosk);
        EarlyPlatformSimulator started = early.getIfAvailable();
        PlatformSimulator simulator = started != null ? started.simulator() : PlatformSimulator.start(PlatformSimulator.Options.forTest(data));
        log.info("Platform simulator on {} (data in {})", simulator.uri(), data);
        return simulator;
    }

    @Bean
    PlatformClient platformClient(PlatformSimulator simulator, KioskProperties kiosk) throws IOException, PlatformException {
        Path keyStore = kiosk.dataDir().resolve("simulation").resolve("kiosk-" + kiosk.id() + ".p12").toAbsolutePath();
        Files.createDirectories(keyStore.getParent());
        if (!Files.exists(keyStore)) {
            simulator.enrolKiosk(kiosk.id(), keyStore, KEY_STORE_PASSWORD);
        }
        return simulator.client(keyStore, KEY_STORE_PASSWORD).build();
    }

    @Bean
    EmulatorControl.PhoneEids phoneEids(PlatformSimulator simulator) {
        URI admin = simulator.devUri().orElseThrow().resolve("/admin/authorisations");
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        return (citizen, expired) -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(new AuthorisationRequest(citizen, expired)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("the platform simulator issued no e-ID code for '" + citizen + "': HTTP "
                            + answer.statusCode() + " " + answer.body());
                }
                return json.readValue(answer.body(), IssuedAuthorisation.class).code();
            } catch (IOException e) {
                throw new IllegalStateException("the platform simulator's admin listener did not answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking the platform simulator for an e-ID code", e);
            }
        };
    }

    @Bean
    EmulatorControl.PlatformSwitch platformSwitch(PlatformSimulator simulator) {
        URI faults = simulator.devUri().orElseThrow().resolve("/admin/faults");
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        return reachable -> {
            FaultSettings settings = reachable ? FaultSettings.NONE : new FaultSettings(0, 0, 0, 1.0, 1, 0, false);
            admin(http, HttpRequest.newBuilder(faults).PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(settings))), 200,
                    "the fault settings");
        };
    }

    @Bean
    EmulatorControl.PlatformAppointments platformAppointments(PlatformSimulator simulator, CentreSettings centre,
            AppointmentsSettings appointments) {
        URI startingNow = simulator.devUri().orElseThrow().resolve("/admin/appointments/starting-now");
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        byte[] booking = json.writeValueAsBytes(new StartingNowBooking(centre.code(), appointments.bookableMatter()));
        return () -> json.readValue(admin(http, HttpRequest.newBuilder(startingNow).POST(HttpRequest.BodyPublishers.ofByteArray(booking)),
                201, "the appointment starting now"), Appointment.class);
    }

    /** Sends a JSON request to the simulator's admin listener and returns the answer's body, if it has the expected status. */
    private static String admin(HttpClient http, HttpRequest.Builder request, int expected, String what) {
        try {
            HttpResponse<String> answer = http.send(request.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException("the platform simulator refused " + what + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("the platform simulator's admin listener did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the platform simulator for " + what, e);
        }
    }
}
