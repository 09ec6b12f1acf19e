package org.kiosk.platform.sim;

import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.IssuedAuthorisation;
import org.kiosk.platform.model.KioskStatus;
import org.kiosk.platform.model.SimulatorStats;
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
 * The simulator's own operations: its OpenAPI document, and (loopback only) fault injection, counters, the kiosks, and
 * the e-ID codes a citizen's phone app would show.
 */
@RestController
class AdminController {

    static final String OPENAPI = "org/kiosk/platform/openapi.yaml";

    private final FaultInjector faults;
    private final Store store;
    private final SigningKeys signingKeys;
    private final Authorisations authorisations;
    private final JsonMapper json;

    AdminController(FaultInjector faults, Store store, SigningKeys signingKeys, Authorisations authorisations, JsonMapper json) {
        this.faults = faults;
        this.store = store;
        this.signingKeys = signingKeys;
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

    @GetMapping(path = "/admin/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    SimulatorStats stats() {
        return store.stats();
    }
}
