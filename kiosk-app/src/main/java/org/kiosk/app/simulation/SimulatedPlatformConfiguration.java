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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform of the simulated stack ({@code kiosk.simulation.platform=true}): the platform simulator in this
 * process on loopback (free ports, its data under the kiosk's data folder), starting beside the kiosk's services
 * ({@link PlatformSimulatorStart}), this kiosk enrolled with it as a technician would, and the platform client the
 * outbox sends through over mutual TLS. Journeys take it away by
 * making it answer 503 to everything, have it book appointments that start now, and ask it for the e-ID codes a
 * citizen's phone app would show (its admin operations).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosk.simulation.platform", havingValue = "true")
public class SimulatedPlatformConfiguration {

    /** The simulated kiosk's own key store; it protects only a test certificate of the simulator's test CA. */
    private static final char[] KEY_STORE_PASSWORD = "simulated-kiosk".toCharArray();

    /** The simulator's data folder: under the kiosk's. */
    static Path dataFolder(KioskProperties kiosk) {
        return kiosk.dataDir().resolve("platform-sim").toAbsolutePath();
    }

    /** The simulator's start, begun here or, when the launcher added {@link EarlyPlatformSimulator}, before this context. */
    @Bean
    PlatformSimulatorStart platformSimulatorStart(KioskProperties kiosk, ObjectProvider<EarlyPlatformSimulator> early) throws IOException {
        EarlyPlatformSimulator begun = early.getIfAvailable();
        return begun != null ? begun.start() : PlatformSimulatorStart.begin(dataFolder(kiosk));
    }

    /** The simulator once it is up, for whoever needs it running (closed by its start). */
    @Bean(destroyMethod = "")
    @Lazy
    PlatformSimulator platformSimulator(PlatformSimulatorStart start) throws IOException {
        return start.simulator();
    }

    /**
     * The kiosk's client of the simulator. A kiosk enrolled with the simulator's CA before has its client at once, its
     * requests waiting for the simulator to be up; otherwise it enrols, as a technician would, once the simulator is up.
     */
    @Bean
    PlatformClient platformClient(PlatformSimulatorStart start, KioskProperties kiosk) throws IOException, PlatformException {
        Path keyStore = kiosk.dataDir().resolve("simulation").resolve("kiosk-" + kiosk.id() + ".p12").toAbsolutePath();
        Files.createDirectories(keyStore.getParent());
        if (start.caKept() && Files.exists(keyStore)) {
            return PlatformClient.builder(start.uri())
                    .mutualTls(keyStore, KEY_STORE_PASSWORD, start.trustStore(), PlatformSimulator.storePassword())
                    .platformStarting(start.started()).build();
        }
        PlatformSimulator simulator = start.simulator();
        simulator.enrolKiosk(kiosk.id(), keyStore, KEY_STORE_PASSWORD);
        return simulator.client(keyStore, KEY_STORE_PASSWORD).build();
    }

    @Bean
    EmulatorControl.PhoneEids phoneEids(PlatformSimulatorStart start) {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        return (citizen, expired) -> {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(adminUri(start, "/admin/authorisations"))
                        .header("Content-Type", "application/json")
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
    EmulatorControl.PlatformSwitch platformSwitch(PlatformSimulatorStart start) {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        return reachable -> {
            FaultSettings settings = reachable ? FaultSettings.NONE : new FaultSettings(0, 0, 0, 1.0, 1, 0, false);
            admin(http, HttpRequest.newBuilder(adminUri(start, "/admin/faults"))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(settings))), 200, "the fault settings");
        };
    }

    @Bean
    EmulatorControl.PlatformAppointments platformAppointments(PlatformSimulatorStart start, CentreSettings centre,
            AppointmentsSettings appointments) {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        byte[] booking = json.writeValueAsBytes(new StartingNowBooking(centre.code(), appointments.bookableMatter()));
        return () -> json.readValue(admin(http, HttpRequest.newBuilder(adminUri(start, "/admin/appointments/starting-now"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(booking)), 201, "the appointment starting now"), Appointment.class);
    }

    /** An admin operation's address on the simulator's developer listener, once the simulator is up. */
    private static URI adminUri(PlatformSimulatorStart start, String path) {
        try {
            return start.simulator().devUri().orElseThrow().resolve(path);
        } catch (IOException e) {
            throw new IllegalStateException("the platform simulator did not start: " + e.getMessage(), e);
        }
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
