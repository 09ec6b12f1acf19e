package org.kiosk.provisioning.ports;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lists the machine's serial ports and matches each with its stable {@code /dev/serial/by-id} name. */
public final class SerialPortScanner {

    /** A port as the operating system lists it, before stable names are matched. */
    public record SystemPort(String path, String description, int vendorId, int productId) {
    }

    public static final Path BY_ID = Path.of("/dev/serial/by-id");

    private final Path byIdDir;

    public SerialPortScanner(Path byIdDir) {
        this.byIdDir = byIdDir;
    }

    public List<SerialPortInfo> scan() throws IOException {
        List<SystemPort> system = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            system.add(new SystemPort(p.getSystemPortPath(), p.getPortDescription(), p.getVendorID(), p.getProductID()));
        }
        return match(system);
    }

    /** The by-id link that resolves to {@code port}, if any. */
    public Optional<String> stableName(String port) throws IOException {
        Path real = realPath(port);
        if (!Files.isDirectory(byIdDir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> links = Files.newDirectoryStream(byIdDir)) {
            for (Path link : links) {
                try {
                    if (link.toRealPath().equals(real)) {
                        return Optional.of(link.toString());
                    }
                } catch (IOException dangling) {
                    // a link whose device vanished: it names no port
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Pairs each port with the by-id link that resolves to it; links to ports the OS list lacks are listed too,
     * since a technician configures by link.
     */
    public List<SerialPortInfo> match(List<SystemPort> system) throws IOException {
        Map<Path, String> linkByTarget = new HashMap<>();
        if (Files.isDirectory(byIdDir)) {
            try (DirectoryStream<Path> links = Files.newDirectoryStream(byIdDir)) {
                for (Path link : links) {
                    try {
                        linkByTarget.put(link.toRealPath(), link.toString());
                    } catch (IOException dangling) {
                        // a link whose device vanished between listing and resolving: nothing to report
                    }
                }
            }
        }
        Map<Path, SerialPortInfo> result = new LinkedHashMap<>();
        for (SystemPort p : system) {
            Path real = realPath(p.path());
            result.put(real, new SerialPortInfo(p.path(), linkByTarget.remove(real), p.description(),
                    hex(p.vendorId()), hex(p.productId())));
        }
        linkByTarget.forEach((target, link) ->
                result.put(target, new SerialPortInfo(target.toString(), link, "", null, null)));
        List<SerialPortInfo> sorted = new ArrayList<>(result.values());
        sorted.sort(Comparator.comparing(SerialPortInfo::path));
        return sorted;
    }

    private static Path realPath(String path) {
        try {
            return Path.of(path).toRealPath();
        } catch (IOException e) {
            return Path.of(path);
        }
    }

    private static String hex(int id) {
        return id <= 0 ? null : String.format("%04x", id);
    }
}
