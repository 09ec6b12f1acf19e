package org.kiosk.sim.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Unix datagram socket standing in for systemd's notification socket ({@code NOTIFY_SOCKET}) in tests: a Python
 * receiver (the JDK cannot bind one) prints each datagram as a line. Receiving without room for ancillary data closes
 * the barrier descriptor systemd-notify sends, as systemd does, so systemd-notify returns at once.
 */
public final class NotifySocket implements AutoCloseable {

    private static final String RECEIVER = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            s.bind(sys.argv[1])
            print("bound", flush=True)
            while True:
                print(s.recv(4096).decode().strip().replace("\\n", " "), flush=True)
            """;

    private final Path path;
    private final Process receiver;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    /** Binds the socket at {@code path} (a file that does not exist yet). */
    public NotifySocket(Path path) throws IOException {
        ExternalTools.require("python3", "python3");
        this.path = path;
        receiver = new ProcessBuilder("python3", "-c", RECEIVER, path.toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(receiver.getInputStream(),
                StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (!"bound".equals(first)) {
            receiver.destroyForcibly();
            throw new IOException("the notification socket's receiver did not start: " + first);
        }
        Thread.ofVirtual().start(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    messages.add(line);
                }
            } catch (IOException ended) {
                // the receiver was stopped
            }
        });
    }

    public Path path() {
        return path;
    }

    /** Every datagram received so far, its assignments separated by spaces. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Waits until {@code count} messages containing {@code text} arrived; false on timeout. */
    public boolean await(String text, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(text) >= count) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** How many messages received so far contain {@code text}. */
    public long count(String text) {
        return messages.stream().filter(m -> m.contains(text)).count();
    }

    @Override
    public void close() throws InterruptedException {
        receiver.destroy();
        receiver.waitFor(5, TimeUnit.SECONDS);
    }
}
