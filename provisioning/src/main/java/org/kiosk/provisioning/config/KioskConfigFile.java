package org.kiosk.provisioning.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The kiosk's configuration file, as the kiosk application reads it (Spring Boot YAML: {@code kiosk.printer.serial-port}
 * is {@code serial-port} under {@code printer} under {@code kiosk}). Held as dotted keys with text values; written
 * whole through a temporary file and a rename, so the kiosk never reads half a file.
 */
public final class KioskConfigFile {

    public static final Path DEFAULT = Path.of("/etc/kiosk/kiosk.yml");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<String, String> values;

    private KioskConfigFile(Map<String, String> values) {
        this.values = values;
    }

    public static KioskConfigFile empty() {
        return new KioskConfigFile(new TreeMap<>());
    }

    /** The file's settings; a missing file is an empty configuration, a malformed one an error naming it. */
    public static KioskConfigFile readOrEmpty(Path file) throws IOException {
        return Files.exists(file) ? read(file) : empty();
    }

    public static KioskConfigFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no configuration file at " + file + " (write it with 'kioskctl configure')");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IOException(file + " is not YAML: " + e.getOriginalMessage().replace('\n', ' '));
        }
        Map<String, String> flat = new TreeMap<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new IOException(file + " is not a map of settings");
            }
            flatten("", root, flat, file);
        }
        return new KioskConfigFile(flat);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat, Path file) throws IOException {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject()) {
                flatten(key, value, flat, file);
            } else if (value.isValueNode() && !value.isNull()) {
                flat.put(key, value.asString());
            } else if (!value.isNull()) {
                throw new IOException(file + ": " + key + " is a list; kioskctl writes single values only");
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Checks every known key; throws naming the first bad key, what it allows and the file. */
    public void validate() throws InvalidSettingException {
        ConfigRules.validate(values);
    }

    /** Validates, then writes the file atomically. */
    public void write(Path file) throws IOException, InvalidSettingException {
        validate();
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            insert(tree, e.getKey().split("\\."), 0, e.getValue());
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            restrict(temporary);
            Files.writeString(temporary, "# written by kioskctl configure; the kiosk reads it with"
                    + " --spring.config.additional-location=" + file + "\n" + YAML.writeValueAsString(tree), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file holds the stores' password: readable by its owner and group (the kiosk's service), no one else. */
    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> tree, String[] path, int at, String value) throws InvalidSettingException {
        String name = path[at];
        if (at == path.length - 1) {
            if (tree.get(name) instanceof Map) {
                throw new InvalidSettingException(String.join(".", path), "is both a value and a group of settings");
            }
            tree.put(name, value);
            return;
        }
        Object child = tree.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
        if (!(child instanceof Map)) {
            throw new InvalidSettingException(String.join(".", java.util.Arrays.copyOf(path, at + 1)),
                    "is both a value and a group of settings");
        }
        insert((Map<String, Object>) child, path, at + 1, value);
    }
}
