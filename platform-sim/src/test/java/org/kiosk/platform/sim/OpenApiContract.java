package org.kiosk.platform.sim;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.kiosk.platform.client.ReplyListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Checks each reply the client receives against the OpenAPI document: the operation exists for the path and method,
 * the status is documented (or a {@code default}), the media type is one the document names for it, and the body
 * validates against its schema (JSON Schema 2020-12, formats asserted).
 */
final class OpenApiContract implements ReplyListener {

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Set<String> covered = ConcurrentHashMap.newKeySet();

    OpenApiContract() throws IOException {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(AdminController.OPENAPI)) {
            document = YAMLMapper.builder().build().readTree(in);
        }
    }

    @Override
    public void onReply(String method, URI uri, int status, HttpHeaders headers, byte[] body) {
        String where = method + " " + uri.getPath() + " → " + status;
        String template = template(method, uri.getPath());
        if (template == null) {
            violations.add(where + ": no such operation in the OpenAPI document");
            return;
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
        covered.add(method + " " + template);
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (response == null) {
            violations.add(where + ": status not documented");
            return;
        }
        response = resolve(response);
        String mediaType = headers.firstValue("Content-Type").map(v -> v.split(";")[0].trim()).orElse("");
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            violations.add(where + ": media type '" + mediaType + "' not documented");
            return;
        }
        String ref = content.path("schema").path("$ref").asString();
        String text = new String(body, StandardCharsets.UTF_8);
        List<Error> errors;
        if (mediaType.endsWith("json")) {
            JsonNode instance;
            try {
                instance = json.readTree(text);
            } catch (RuntimeException e) {
                violations.add(where + ": body is not JSON");
                return;
            }
            errors = schema(ref).validate(instance);
        } else {
            errors = registry.getSchema(content.path("schema")).validate(json.getNodeFactory().stringNode(text));
        }
        if (!errors.isEmpty()) {
            violations.add(where + ": " + errors);
        }
        if (status / 100 == 4 || status / 100 == 5) {
            if (!headers.firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                violations.add(where + ": an error must be application/problem+json");
            }
        }
    }

    /** Validates a body against a named component schema, for replies not seen through the client. */
    List<Error> validate(String schemaName, String body) {
        return schema("#/components/schemas/" + schemaName).validate(json.readTree(body));
    }

    /** The violations seen since the last call. */
    synchronized List<String> takeViolations() {
        List<String> seen = List.copyOf(violations);
        violations.clear();
        return seen;
    }

    /** The operations ("GET /api/v1/matters/{implementationCode}") whose replies were checked. */
    Set<String> covered() {
        return Set.copyOf(covered);
    }

    /** Every operation of the document under {@code prefix}, named like {@link #covered()}. */
    Set<String> operations(String prefix) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith(prefix)) {
                path.getValue().properties().forEach(op -> operations.add(op.getKey().toUpperCase() + " " + path.getKey()));
            }
        });
        return operations;
    }

    JsonNode document() {
        return document;
    }

    /** The document's path template that {@code path} matches for {@code method}; a literal path beats a template. */
    private String template(String method, String path) {
        String match = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex) && entry.getValue().has(method.toLowerCase())) {
                if (entry.getKey().equals(path)) {
                    return entry.getKey();
                }
                match = entry.getKey();
            }
        }
        return match;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString(null);
        if (ref == null) {
            return node;
        }
        return document.at(ref.substring(1));
    }

    private Schema schema(String ref) {
        return schemas.computeIfAbsent(ref, r -> {
            ObjectNode root = json.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", r);
            root.set("components", document.get("components").deepCopy());
            return registry.getSchema(SchemaLocation.of("https://platform.kiosk.example/openapi.yaml"), root);
        });
    }
}
