package org.kiosk.app.simulation;

import java.io.IOException;
import java.nio.file.Path;
import org.kiosk.sim.pty.PtyPair;

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

    private final PtyPair pty;
    private final E emulator;

    private SimulatedDevice(PtyPair pty, E emulator) {
        this.pty = pty;
        this.emulator = emulator;
    }

    public static <E extends AutoCloseable> SimulatedDevice<E> start(EmulatorFactory<E> factory) throws IOException {
        PtyPair pty = PtyPair.start();
        try {
            return new SimulatedDevice<>(pty, factory.start(pty.devicePath()));
        } catch (IOException | RuntimeException e) {
            pty.close();
            throw e;
        }
    }

    /** The kiosk's end of the cable. */
    public String serialPort() {
        return pty.hostPath().toString();
    }

    public E emulator() {
        return emulator;
    }

    @Override
    public void close() throws Exception {
        try {
            emulator.close();
        } finally {
            pty.close();
        }
    }
}
