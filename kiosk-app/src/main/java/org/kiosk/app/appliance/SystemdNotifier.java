package org.kiosk.app.appliance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications (READY=1, WATCHDOG=1, STATUS=...) to systemd's notification socket.
 *
 * <p>The socket is a Unix datagram socket, which the JDK cannot send to without native code (its Unix-domain
 * channels are stream sockets only, and the foreign-function API is not final in Java 21). So each notification runs
 * systemd's own {@code systemd-notify}: a process every few seconds costs nothing next to the kiosk, and the unit says
 * {@code NotifyAccess=all} so that systemd accepts the child's message. {@code systemd-notify} waits until systemd has
 * read the message, so the message is still attributed to the service after the short-lived sender has exited; the
 * wait is bounded here, so a stuck notification never stops the feeding thread.
 */
public final class SystemdNotifier {

    private static final Logger log = LoggerFactory.getLogger(SystemdNotifier.class);
    private static final long SEND_TIMEOUT_SECONDS = 5;

    private final String socket;
    private final String command;

    SystemdNotifier(String socket, String command) {
        this.socket = socket;
        this.command = command;
    }

    /** The notifier for the socket in {@code NOTIFY_SOCKET}, or empty when the process does not run under systemd. */
    public static Optional<SystemdNotifier> fromEnvironment(Map<String, String> environment) {
        String socket = environment.get("NOTIFY_SOCKET");
        if (socket == null || socket.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SystemdNotifier(socket, "systemd-notify"));
    }

    /** The socket notifications go to. */
    public String socket() {
        return socket;
    }

    /**
     * Sends one notification of {@code VARIABLE=value} assignments; false (and a warning) when it could not be sent.
     */
    public boolean send(String... assignments) {
        List<String> commandLine = new ArrayList<>(List.of(command));
        commandLine.addAll(List.of(assignments));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("NOTIFY_SOCKET", socket);
        try {
            Process process = builder.start();
            if (!process.waitFor(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("systemd-notify {} did not finish within {}s", String.join(" ", assignments),
                        SEND_TIMEOUT_SECONDS);
                return false;
            }
            if (process.exitValue() != 0) {
                log.warn("systemd-notify {} failed with exit code {}", String.join(" ", assignments),
                        process.exitValue());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("cannot run {} to notify systemd: {}", command, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
