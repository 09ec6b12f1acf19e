package org.kiosk.app.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.kiosk.sim.pty.PtyPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device emulator behind a socat pty pair, for running the kiosk without hardware: the driver opens
 * {@link #serialPort()} with jSerialComm exactly as it would the real device's port.
 */
public final class SimulatedDevice<E extends AutoCloseable> implements AutoCloseable {

    /** Builds and starts an emulator on the device end of the cable. */
    @FunctionalInterface
    public interface EmulatorFactory<E> {
        E start(Path devicePath) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(SimulatedDevice.class);

    private final PtyPair pty;
    private final E emulator;
    private final String unpluggedPort;

    private SimulatedDevice(PtyPair pty, E emulator, String unpluggedPort) {
        this.pty = pty;
        this.emulator = emulator;
        this.unpluggedPort = unpluggedPort;
    }

    /**
     * Starts the emulator, or, when it cannot start (no socat, no pty), a device that is not plugged in: the driver
     * then finds nothing on its port and reports the device missing, and the kiosk runs on without it (the screens
     * offer the other ways, as with a real device that failed).
     */
    public static <E extends AutoCloseable> SimulatedDevice<E> startOrUnplugged(String what, EmulatorFactory<E> factory) {
        try {
            return start(factory);
        } catch (IOException | RuntimeException e) {
            log.warn("The simulated {} did not start ({}); the kiosk runs without it", what, e.getMessage());
            String port = Path.of(System.getProperty("java.io.tmpdir"), "kiosk-unplugged-" + what + "-" + UUID.randomUUID()).toString();
            return new SimulatedDevice<>(null, null, port);
        }
    }

    public static <E extends AutoCloseable> SimulatedDevice<E> start(EmulatorFactory<E> factory) throws IOException {
        PtyPair pty = PtyPair.start();
        try {
            return new SimulatedDevice<>(pty, factory.start(pty.devicePath()), null);
        } catch (IOException | RuntimeException e) {
            pty.close();
            throw e;
        }
    }

    /** The kiosk's end of the cable (a port with nothing on it when the emulator did not start). */
    public String serialPort() {
        return pty != null ? pty.hostPath().toString() : unpluggedPort;
    }

    /** The emulator; fails for a device whose emulator did not start (see {@link #running()}). */
    public E emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator did not start");
        }
        return emulator;
    }

    /** The emulator, if it started. */
    public Optional<E> running() {
        return Optional.ofNullable(emulator);
    }

    @Override
    public void close() throws Exception {
        if (pty == null) {
            return;
        }
        try {
            emulator.close();
        } finally {
            pty.close();
        }
    }
}
