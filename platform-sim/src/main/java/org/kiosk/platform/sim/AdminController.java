package org.kiosk.platform.sim;

import org.kiosk.platform.model.FaultSettings;
import org.kiosk.platform.model.SimulatorStats;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/** The simulator's own operations: its OpenAPI document, and (loopback only) fault injection and counters. */
@RestController
class AdminController {

    static final String OPENAPI = "org/kiosk/platform/openapi.yaml";

    private final FaultInjector faults;
    private final Store store;

    AdminController(FaultInjector faults, Store store) {
        this.faults = faults;
        this.store = store;
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

    @GetMapping(path = "/admin/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    SimulatorStats stats() {
        return store.stats();
    }
}
