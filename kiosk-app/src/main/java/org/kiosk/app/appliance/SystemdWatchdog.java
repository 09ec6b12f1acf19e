package org.kiosk.app.appliance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd when the kiosk is ready, then feeds its watchdog at half the watchdog's timeout for as long as every
 * {@link WatchdogCheck} answers. A hung kiosk (the touchscreen's thread stuck, the application no longer live, the
 * whole JVM stalled) stops feeding, and systemd kills and restarts it.
 */
public final class SystemdWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SystemdWatchdog.class);

    private final SystemdNotifier notifier;
    private final Optional<Duration> timeout;
    private final List<WatchdogCheck> checks;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("systemd-watchdog").daemon().factory());
    private String failing;

    /**
     * @param timeout the watchdog's timeout ({@code WATCHDOG_USEC}); empty when the unit has no watchdog
     * @param checks what must answer before each feeding
     */
    public SystemdWatchdog(SystemdNotifier notifier, Optional<Duration> timeout, List<WatchdogCheck> checks) {
        this.notifier = notifier;
        this.timeout = timeout;
        this.checks = List.copyOf(checks);
    }

    /**
     * The watchdog's timeout from {@code WATCHDOG_USEC}, or empty when unset.
     *
     * <p>{@code WATCHDOG_PID} is not compared with this process: the kiosk runs under cage, the service's main process,
     * and feeds on its behalf (the unit allows it with {@code NotifyAccess=all}).
     *
     * @throws IllegalArgumentException when it is not a positive number of microseconds
     */
    public static Optional<Duration> timeoutFromEnvironment(Map<String, String> environment) {
        String usec = environment.get("WATCHDOG_USEC");
        if (usec == null || usec.isBlank()) {
            return Optional.empty();
        }
        long micros;
        try {
            micros = Long.parseLong(usec.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("WATCHDOG_USEC is not a number of microseconds: '" + usec + "'");
        }
        if (micros <= 0) {
            throw new IllegalArgumentException("WATCHDOG_USEC must be positive, is " + micros);
        }
        return Optional.of(Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(micros)));
    }

    /** The time between two feedings: half the watchdog's timeout, as systemd advises. */
    public Optional<Duration> feedInterval() {
        return timeout.map(t -> t.dividedBy(2));
    }

    /** Sends READY=1 (once) and starts feeding the watchdog. */
    public void ready() {
        if (!ready.compareAndSet(false, true)) {
            return;
        }
        notifier.send("READY=1", "STATUS=Ready for citizens");
        log.info("Told systemd the kiosk is ready{}", feedInterval().map(i -> "; feeding its watchdog every " + i)
                .orElse(""));
        feedInterval().ifPresent(interval -> feeder.scheduleAtFixedRate(() -> feed(interval.dividedBy(2)), 0,
                interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void feed(Duration checkTimeout) {
        try {
            for (WatchdogCheck check : checks) {
                if (!check.healthy(checkTimeout)) {
                    if (!check.name().equals(failing)) {
                        log.error("The watchdog is no longer fed: {} does not answer; systemd will restart the kiosk",
                                check.name());
                        failing = check.name();
                    }
                    return;
                }
            }
            if (failing != null) {
                log.info("{} answers again; feeding the watchdog", failing);
                failing = null;
            }
            notifier.send("WATCHDOG=1");
        } catch (RuntimeException e) {
            log.error("The watchdog check broke; the watchdog is not fed", e);
        }
    }

    /** Stops feeding (the kiosk is stopping) and tells systemd so. */
    @Override
    public void close() {
        feeder.shutdownNow();
        if (ready.get()) {
            notifier.send("STOPPING=1");
        }
    }
}
