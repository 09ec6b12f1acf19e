package org.kiosk.sim.cli;

import org.kiosk.sim.link.LinkedEmulator;
import org.kiosk.sim.pty.PtyPair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/** Keeps a started emulator serving until Ctrl-C, optionally with a console on standard input. */
public final class UntilStopped {

    private UntilStopped() {
    }

    /** Serves until the JVM is stopped, then closes {@code emulator} and {@code pty} (null when none was made). */
    public static void serve(String name, LinkedEmulator<?> emulator, PtyPair pty) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            if (pty != null) {
                pty.close();
            }
            stopped.countDown();
        }, name + " shutdown"));
        stopped.await();
    }

    /**
     * As {@link #serve(String, LinkedEmulator, PtyPair)}, answering each line typed on standard input with
     * {@code console} (empty answers are not printed).
     */
    public static void serve(String name, LinkedEmulator<?> emulator, PtyPair pty, UnaryOperator<String> console)
            throws InterruptedException {
        Thread reader = new Thread(() -> readConsole(console), name + " console");
        reader.setDaemon(true);
        reader.start();
        serve(name, emulator, pty);
    }

    // standard input closed (run in the background) leaves the emulator running without a console
    private static void readConsole(UnaryOperator<String> console) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String answer = console.apply(line);
                if (!answer.isEmpty()) {
                    System.out.println(answer);
                }
            }
        } catch (IOException e) {
            System.out.println("console closed: " + e.getMessage());
        }
    }
}
