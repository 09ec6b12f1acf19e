package org.kiosk.provisioning.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A self-test run as saved in the kiosk's data folder for the provisioning report. */
public record SelfTestReport(String kioskId, String finishedAt, List<CheckResult> checks) {

    public static final String FILE = "selftest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public SelfTestReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().noneMatch(c -> c.result() == CheckResult.Result.FAIL);
    }

    public void write(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path temporary = Files.createTempFile(dataDir, FILE, ".tmp");
        try {
            Files.writeString(temporary, JSON.writeValueAsString(this));
            Files.move(temporary, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static SelfTestReport read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no self-test results at " + file + "; run 'kioskctl selftest' first");
        }
        try {
            return JSON.readValue(Files.readString(file), SelfTestReport.class);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a self-test result: " + e.getOriginalMessage().replace('\n', ' '));
        }
    }
}
