package org.kiosk.provisioning.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What {@code kioskctl detect} found, as it prints it in JSON and as {@code configure} and {@code udev-rules} read it. */
public record DeviceMap(List<PortReport> ports, long elapsedMillis) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public DeviceMap {
        ports = List.copyOf(ports);
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, JSON.writeValueAsString(this));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a map written by {@link #write} or printed by {@code detect --json}; a malformed file names itself. */
    public static DeviceMap read(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readString(file), DeviceMap.class);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a device map from 'kioskctl detect --json': " + e.getOriginalMessage());
        }
    }
}
