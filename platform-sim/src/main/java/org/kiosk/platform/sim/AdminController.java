package org.kiosk.platform.sim;

import org.kiosk.platform.model.Appointment;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.IssuedAuthorisation;
import org.kiosk.platform.model.KioskStatus;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.model.SimulatorStats;
import org.kiosk.platform.model.StartingNowBooking;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The simulator's own operations: its OpenAPI document, and (loopback only) fault injection, the served catalogue,
 * counters, the kiosks, appointments that start now, and the e-ID codes a citizen's phone app would show.
 */
@RestController
class AdminController {

    static final String OPENAPI = "org/kiosk/platform/openapi.yaml";

    private final FaultInjector faults;
    private final Catalogue catalogue;
    private final Store store;
    private final SigningKeys signingKeys;
    private final Appointments appointments;
    private final Authorisations authorisations;
    private final JsonMapper json;

    AdminController(FaultInjector faults, Catalogue catalogue, Store store, SigningKeys signingKeys, Appointments appointments,
            Authorisations authorisations, JsonMapper json) {
        this.faults = faults;
        this.catalogue = catalogue;
        this.store = store;
        this.signingKeys = signingKeys;
        this.appointments = appointments;
        this.authorisations = authorisations;
        this.json = json;
    }

    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = new ClassPathResource(OPENAPI).getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8")).body(in.readAllBytes());
        }
    }

    @GetMapping(path = "/admin/faults", produces = MediaType.APPLICATION_JSON_VALUE)
    FaultSettings faults() {
        return faults.settings();
    }

    @PutMapping(path = "/admin/faults", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    FaultSettings setFaults(@RequestBody FaultSettings settings) {
        String problem = FaultInjector.problem(settings);
        if (problem != null) {
            throw ProblemException.invalid(problem);
        }
        faults.configure(settings);
        return faults.settings();
    }

    /** Serves these matters from now on (until a restart), so kiosks' catalogue refreshes can be tested. */
    @PutMapping(path = "/admin/matters", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    MatterList setMatters(@RequestBody MatterList matters) {
        try {
            catalogue.replaceMatters(matters.matters());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage());
        }
        return new MatterList(catalogue.matters());
    }

    /** Starts signing with a new key at once; the previous keys stay published. */
    @PostMapping(path = "/admin/signing-keys/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> rotate() {
        return Map.of("kid", signingKeys.rotateNow());
    }

    /** An e-ID code for one of the fictional citizens, as their phone app would show it. */
    @PostMapping(path = "/admin/authorisations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IssuedAuthorisation issueAuthorisation(@RequestBody AuthorisationRequest request) {
        return authorisations.issue(request.citizen(), request.expired());
    }

    /** Each kiosk with its last heartbeat: what an operations fleet view reads. */
    @GetMapping(path = "/admin/kiosks", produces = MediaType.APPLICATION_JSON_VALUE)
    KioskStatus.KioskList kiosks() {
        return new KioskStatus.KioskList(store.kiosks().stream()
                .map(k -> new KioskStatus(k.kioskId(), k.enrolled(), k.lastHeartbeat().map(Store.LastHeartbeat::at).orElse(null),
                        k.lastHeartbeat().map(h -> json.readValue(h.statusJson(), Heartbeat.class)).orElse(null)))
                .toList());
    }

    /** An appointment whose check-in window is open now, whatever the day and hour, for scripted check-ins. */
    @PostMapping(path = "/admin/appointments/starting-now", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Appointment bookStartingNow(@RequestBody StartingNowBooking booking) {
        return appointments.bookStartingNow(booking.centreCode(), booking.implementationCode());
    }

    @GetMapping(path = "/admin/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    SimulatorStats stats() {
        return store.stats();
    }
}
