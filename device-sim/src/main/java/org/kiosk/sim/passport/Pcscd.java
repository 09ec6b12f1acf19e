package org.kiosk.sim.passport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pcscd of our own, started in the foreground for a test and stopped after it, with vsmartcard's vpcd reader driver
 * offering "Virtual PCD 00 00" and "Virtual PCD 00 01" (Debian packages {@code pcscd} and {@code vsmartcard-vpcd}).
 * Missing packages, or another pcscd already running, are errors that say so, never a skipped test. {@link #stop()}
 * and {@link #start()} again look to the kiosk like the readers being unplugged and plugged back.
 */
public final class Pcscd implements AutoCloseable {

    public static final String PCSCD = "/usr/sbin/pcscd";
    public static final String VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private Process process;

    private Pcscd() {
    }

    /** Starts pcscd and returns once vpcd listens for virtual cards. */
    public static Pcscd start() throws IOException {
        requireInstalled();
        Pcscd p = new Pcscd();
        p.restart();
        return p;
    }

    /** Throws, naming the Debian package, unless pcscd and vpcd are installed. */
    public static void requireInstalled() {
        if (!Files.isExecutable(Path.of(PCSCD))) {
            throw new IllegalStateException(PCSCD + " not found: install the Debian package pcscd");
        }
        if (!Files.exists(Path.of(VPCD_DRIVER))) {
            throw new IllegalStateException(VPCD_DRIVER + " not found: install the Debian package vsmartcard-vpcd");
        }
    }

    /** Starts pcscd again after {@link #stop()}. */
    public synchronized void restart() throws IOException {
        if (isRunning()) {
            return;
        }
        if (listening()) {
            throw new IOException("another pcscd already serves vpcd's port " + VirtualPassport.FIRST_SLOT_PORT
                    + "; stop it (systemctl stop pcscd.socket pcscd) before the tests");
        }
        if (Files.exists(PID_FILE) && otherPcscdAlive()) {
            throw new IOException("another pcscd is running (" + PID_FILE + "); stop it before the tests");
        }
        process = new ProcessBuilder(List.of(PCSCD, "--foreground", "--error"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!listening()) {
            if (!process.isAlive()) {
                throw new IOException("pcscd exited with status " + process.exitValue() + " (needs root for /run/pcscd)");
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IOException("vpcd did not listen on port " + VirtualPassport.FIRST_SLOT_PORT + " within "
                        + START_TIMEOUT.toSeconds() + " s of starting pcscd");
            }
            sleep(20);
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops pcscd (SIGTERM, then SIGKILL after 5 s): its readers disappear. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Whether vpcd listens, from the kernel's socket table: connecting to find out would look to vpcd like a card
     * laid on the reader.
     */
    private static boolean listening() {
        String port = String.format(":%04X ", VirtualPassport.FIRST_SLOT_PORT);
        try {
            return Files.readAllLines(Path.of("/proc/net/tcp")).stream()
                    .map(line -> line.trim().split("\\s+"))
                    .anyMatch(f -> f.length > 3 && (f[1] + " ").endsWith(port) && f[3].equals("0A"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean otherPcscdAlive() {
        try {
            long pid = Long.parseLong(Files.readString(PID_FILE).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting pcscd", e);
        }
    }
}
