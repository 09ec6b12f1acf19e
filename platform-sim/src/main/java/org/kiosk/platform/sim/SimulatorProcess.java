package org.kiosk.platform.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator in a child JVM on this JVM's class path: for tests that kill the platform with SIGKILL and start it
 * again on the same data folder. It runs on the system clock ({@link PlatformSimulator.Options#clock()} is not passed).
 */
public final class SimulatorProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Platform simulator on (https://\\S+) ");
    private static final Pattern DEV = Pattern.compile("Developer listener .*: (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final URI uri;
    private final URI devUri;

    private SimulatorProcess(Process process, URI uri, URI devUri) {
        this.process = process;
        this.uri = uri;
        this.devUri = devUri;
    }

    /** Starts the simulator and returns once it listens (its ports are read from what it prints). */
    public static SimulatorProcess start(PlatformSimulator.Options options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), PlatformSimulator.class.getName(),
                "--port", Integer.toString(options.port()), "--data", options.dataDir().toString()));
        if (options.dev()) {
            command.addAll(List.of("--dev", "--dev-port", Integer.toString(options.devPort())));
        }
        if (options.provisioningKey() != null) {
            command.addAll(List.of("--provisioning-key", options.provisioningKey()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI uri = null;
        URI devUri = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                uri = URI.create(started.group(1));
            }
            Matcher dev = DEV.matcher(line);
            if (dev.find()) {
                devUri = URI.create(dev.group(1));
            }
            if (uri != null && (devUri != null || !options.dev())) {
                // keep reading so that the child never blocks on a full pipe
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "platform-sim-output");
                drain.setDaemon(true);
                drain.start();
                return new SimulatorProcess(process, uri, devUri);
            }
        }
        process.destroyForcibly();
        throw new IOException("the simulator process ended before it listened (exit " + waitQuietly(process) + ")");
    }

    public URI uri() {
        return uri;
    }

    public Optional<URI> devUri() {
        return Optional.ofNullable(devUri);
    }

    public Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook runs, exactly as a power cut or {@code kill -9}; waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops it the polite way (SIGTERM), forcibly when it takes longer than 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static String waitQuietly(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
