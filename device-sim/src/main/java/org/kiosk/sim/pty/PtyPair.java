package org.kiosk.sim.pty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A pair of connected pseudo-terminals made by {@code socat}, reachable through two symlinks
 * (the driver opens one exactly as it would open {@code /dev/ttyUSB0}, the emulator the other).
 * {@link #unplug()} kills socat so both ends vanish, as when a USB cable is pulled;
 * {@link #plugIn()} makes a new pair behind the same two names.
 */
public final class PtyPair implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final Path dir;
    private final Path deviceSide;
    private final Path hostSide;
    private final boolean ownsDir;
    private Process socat;

    private PtyPair(Path dir, boolean ownsDir) {
        this.dir = dir;
        this.ownsDir = ownsDir;
        this.deviceSide = dir.resolve("device");
        this.hostSide = dir.resolve("host");
    }

    /** Starts a pair in a new temporary directory. */
    public static PtyPair start() throws IOException {
        PtyPair p = new PtyPair(Files.createTempDirectory("ptypair"), true);
        p.plugIn();
        return p;
    }

    /** socat processes still running; a pair its owner never closed must not outlive this JVM. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "pty-pairs"));
    }

    /** Starts a pair whose two links are made in {@code dir} as {@code host} and {@code device}. */
    public static PtyPair startIn(Path dir) throws IOException {
        Files.createDirectories(dir);
        PtyPair p = new PtyPair(dir, false);
        p.plugIn();
        return p;
    }

    /** The end the driver opens (the kiosk's serial port). */
    public Path hostPath() {
        return hostSide;
    }

    /** The end the emulator opens (the device's side of the cable). */
    public Path devicePath() {
        return deviceSide;
    }

    public synchronized boolean isPluggedIn() {
        return socat != null && socat.isAlive();
    }

    /** Starts socat; returns once both links exist. */
    public synchronized void plugIn() throws IOException {
        if (isPluggedIn()) {
            return;
        }
        Files.deleteIfExists(hostSide);
        Files.deleteIfExists(deviceSide);
        ProcessBuilder pb = new ProcessBuilder(List.of("socat",
                "pty,raw,echo=0,link=" + hostSide,
                "pty,raw,echo=0,link=" + deviceSide));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            socat = pb.start();
            RUNNING.add(socat);
        } catch (IOException e) {
            throw new IOException("cannot start socat (Debian package 'socat'): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!(Files.exists(hostSide) && Files.exists(deviceSide))) {
            if (!socat.isAlive()) {
                throw new IOException("socat exited with status " + socat.exitValue() + " before creating the pty pair");
            }
            if (System.nanoTime() > deadline) {
                unplug();
                throw new IOException("socat did not create the pty pair within " + START_TIMEOUT.toSeconds() + " s");
            }
            sleep(10);
        }
    }

    /** Kills socat: both ends disappear, as when the cable is pulled. */
    public synchronized void unplug() {
        if (socat == null) {
            return;
        }
        socat.destroyForcibly();
        try {
            socat.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(socat);
        socat = null;
        try {
            Files.deleteIfExists(hostSide);
            Files.deleteIfExists(deviceSide);
        } catch (IOException ignored) {
            // socat removes its links itself when it can; a leftover link is replaced at the next plugIn
        }
    }

    @Override
    public synchronized void close() {
        unplug();
        if (ownsDir) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for socat", e);
        }
    }
}
