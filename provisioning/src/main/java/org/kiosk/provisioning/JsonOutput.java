package org.kiosk.provisioning;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes command results as JSON for scripts and provisioning reports. */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private JsonOutput() {
    }

    public static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }

    /** One object on one line, for commands that report a stream of events (JSON lines). */
    public static void printLine(PrintWriter out, Object value) {
        out.println(COMPACT.writeValueAsString(value));
        out.flush();
    }
}
