package org.kiosk.platform.sim;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.kiosk.platform.model.Matter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is itself valid, and the simulator's own data fits it. */
class OpenApiDocumentTest {

    @Test
    void theDocumentParsesWithoutMessages() throws IOException {
        String yaml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AdminController.OPENAPI)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/") || p.startsWith("/admin/"));
        assertThat(result.getOpenAPI().getPaths().get("/api/v1/applications").getPost().getParameters())
                .anyMatch(p -> "Idempotency-Key".equals(p.getName()) && p.getRequired());
    }

    @Test
    void theSeededMattersFitTheirSchema() throws IOException {
        OpenApiContract contract = new OpenApiContract();
        JsonMapper json = JsonMapper.builder().build();
        for (Matter matter : Catalogue.seeded().matters()) {
            assertThat(contract.validate("Matter", json.writeValueAsString(matter))).as(matter.name().en()).isEmpty();
        }
    }
}
