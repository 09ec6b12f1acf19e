package org.kiosk.app.simulation;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kiosk.platform.sim.PlatformSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The simulated stack's platform simulator, starting on its own thread on a port chosen beforehand. Its address and,
 * from its second start on, its trust store are known before it is up, so the kiosk's platform client is made at once
 * (its requests wait for the start) and the kiosk's services start beside the simulator rather than after it. The
 * kiosk's context finishes starting only once the simulator is up, and fails if it could not start.
 */
public final class PlatformSimulatorStart implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformSimulatorStart.class);

    private final Path data;
    private final int port;
    private final boolean trustStoreKept;
    private final CompletableFuture<PlatformSimulator> started = new CompletableFuture<>();
    private volatile boolean running;

    private PlatformSimulatorStart(Path data, int port) {
        this.data = data;
        this.port = port;
        this.trustStoreKept = Files.exists(PlatformSimulator.trustStore(data));
    }

    /** Starts the simulator with its data in {@code data} on a free port. */
    static PlatformSimulatorStart begin(Path data) throws IOException {
        PlatformSimulatorStart start = new PlatformSimulatorStart(data, freePort());
        Thread.ofPlatform().name("platform-sim-start").start(() -> {
            try {
                PlatformSimulator simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(data).withPort(start.port));
                log.info("Platform simulator on {} (data in {})", simulator.uri(), data);
                start.started.complete(simulator);
            } catch (IOException | RuntimeException e) {
                start.started.completeExceptionally(e);
            }
        });
        return start;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** The mutual-TLS listener the simulator is starting on. */
    URI uri() {
        return PlatformSimulator.uri(port);
    }

    Path trustStore() {
        return PlatformSimulator.trustStore(data);
    }

    /**
     * Whether the simulator's CA was already there when it began to start: a kiosk enrolled with it before still holds
     * a valid certificate. On a first start the CA is new and the kiosk enrols once the simulator is up.
     */
    boolean caKept() {
        return trustStoreKept;
    }

    /** Completes when the simulator is up, or with the reason it could not start. */
    CompletableFuture<PlatformSimulator> started() {
        return started;
    }

    /** The simulator, once it is up. */
    PlatformSimulator simulator() throws IOException {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    @Override
    public void start() {
        try {
            simulator();
            running = true;
        } catch (IOException e) {
            throw new IllegalStateException("the platform simulator did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops the simulator, once it has started if it is still starting. */
    @Override
    public void close() {
        running = false;
        try {
            started.join().close();
        } catch (CompletionException e) {
            // it never started: nothing runs
        }
    }
}
