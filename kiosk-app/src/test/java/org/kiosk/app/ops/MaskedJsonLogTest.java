package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A log event carrying an ID number in its message, arguments, exception and MDC, written by Spring Boot's structured
 * encoder configured as the kiosk's application.properties configures it, comes out as JSON with every number masked.
 */
class MaskedJsonLogTest {

    private static final String ID_NUMBER = "440524188001010014";
    private static final String PASSPORT = "E12345678";

    @Test
    void idAndPassportNumbersAreMaskedInEveryFieldOfTheJsonLine() throws Exception {
        String line = encode("card {} read for passport " + PASSPORT, new IllegalStateException("bad card " + ID_NUMBER),
                Map.of("document", ID_NUMBER), ID_NUMBER);

        assertThat(line).doesNotContain(ID_NUMBER).doesNotContain(PASSPORT).endsWith("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("card 4405**********0014 read for passport E1*****78");
        assertThat(json.path("error").path("message").asString()).isEqualTo("bad card 4405**********0014");
        assertThat(json.path("error").path("stack_trace").asString()).contains("4405**********0014");
        assertThat(json.path("document").asString()).isEqualTo("4405**********0014");
        assertThat(json.path("log").path("level").asString()).isEqualTo("WARN");
    }

    @Test
    void textWithoutNumberShapesIsLeftAlone() throws Exception {
        JsonNode json = new ObjectMapper().readTree(encode("device printer ONLINE -> OFFLINE after 1800 ms, PAPER_OUT", null, Map.of()));
        assertThat(json.path("message").asString()).isEqualTo("device printer ONLINE -> OFFLINE after 1800 ms, PAPER_OUT");
    }

    @Test
    void maskingKeepsTheEndsOfEachNumberAndLeavesLongerDigitRunsAlone() {
        assertThat(PersonalDataMasking.mask("ids 44052418800101001X and 440524188001010014.")).isEqualTo(
                "ids 4405**********001X and 4405**********0014.");
        assertThat(PersonalDataMasking.mask("order 12345678901234567890")).isEqualTo("order 12345678901234567890");
        assertThat(PersonalDataMasking.mask("home return permit H1234567890")).isEqualTo("home return permit H1*******90");
        assertThat(PersonalDataMasking.mask("permit C12345678")).isEqualTo("permit C1*****78");
        assertThat(PersonalDataMasking.mask(null)).isNull();
    }

    private static String encode(String message, Throwable error, Map<String, String> mdc, Object... args) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource("application.properties")));
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getRequiredProperty("logging.structured.format.file"));
        encoder.start();
        try {
            LoggingEvent event = new LoggingEvent(MaskedJsonLogTest.class.getName(), context.getLogger("org.kiosk.app.idcard"),
                    Level.WARN, message, error, args);
            event.setMDCPropertyMap(mdc);
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            encoder.stop();
        }
    }
}
