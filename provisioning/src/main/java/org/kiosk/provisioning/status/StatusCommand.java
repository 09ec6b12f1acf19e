package org.kiosk.provisioning.status;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.provisioning.DurationOption;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"The running kiosk's health: overall and per component (devices, storage, readiness), from its"
                + " management endpoint. Exit 0 when the kiosk is UP, 1 otherwise."})
public final class StatusCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:9464/actuator/health",
            description = "The kiosk's health endpoint (default ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s", converter = DurationOption.class,
            description = "How long to wait for the answer (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** One component of the health tree: its dotted path, status and details. */
    public record Component(String name, String status, Map<String, String> details) {
    }

    @Override
    public Integer call() throws Exception {
        JsonNode health = fetch();
        String overall = health.path("status").asString("");
        if (overall.isEmpty()) {
            spec.commandLine().getErr().println("kioskctl: " + url + " answered without a health status: not a kiosk's health endpoint?");
            return KioskCtl.EXIT_FAILED;
        }
        List<Component> components = new ArrayList<>();
        flatten("", health.path("components"), components);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("status", overall);
            report.put("components", components);
            JsonOutput.print(out, report);
        } else {
            out.printf("%-32s %s%n", "kiosk", overall);
            for (Component c : components) {
                List<String> details = new ArrayList<>();
                c.details().forEach((k, v) -> details.add(k + "=" + v));
                out.printf("%-32s %-15s %s%n", c.name(), c.status(), String.join(" ", details));
            }
            out.flush();
        }
        if (!"UP".equals(overall)) {
            List<String> notUp = components.stream().filter(c -> !"UP".equals(c.status())).map(c -> c.name() + " " + c.status()).toList();
            spec.commandLine().getErr().println("kioskctl: kiosk is " + overall + (notUp.isEmpty() ? "" : ": " + String.join(", ", notUp)));
            return KioskCtl.EXIT_FAILED;
        }
        return 0;
    }

    private JsonNode fetch() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("kiosk not reachable at " + url + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is it running?", e);
        }
        // Actuator answers 503 with the same body when the kiosk is down
        if (response.statusCode() != 200 && response.statusCode() != 503) {
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new IOException(url + " answered something other than JSON");
        }
    }

    private static void flatten(String prefix, JsonNode components, List<Component> into) {
        for (Map.Entry<String, JsonNode> e : components.properties()) {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode node = e.getValue();
            Map<String, String> details = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> d : node.path("details").properties()) {
                details.put(d.getKey(), d.getValue().isValueNode() ? d.getValue().asString() : d.getValue().toString());
            }
            into.add(new Component(name, node.path("status").asString("UNKNOWN"), details));
            flatten(name, node.path("components"), into);
        }
    }
}
