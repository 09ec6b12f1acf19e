package org.kiosk.device.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kiosk.device.DeviceException;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one device connected: opens its transport, runs the driver's probe (a harmless exchange such as a
 * status request) on connecting and then every poll interval, and on any transport failure (port gone,
 * link closed, no answer in time) closes the transport, reports the loss and reconnects with backoff,
 * for as long as it runs. Drivers run their exchanges through {@link #call}, one at a time.
 */
public final class DeviceConnection implements AutoCloseable {

    /** One exchange with the device over the open transport. */
    @FunctionalInterface
    public interface Exchange<T> {
        T run(Transport transport) throws TransportException, DeviceException;
    }

    private static final Logger log = LoggerFactory.getLogger(DeviceConnection.class);

    private final String deviceId;
    private final Supplier<Transport> transports;
    private final Exchange<?> probe;
    private final Duration pollInterval;
    private final Backoff backoff;
    private final Consumer<String> onLost;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private Transport transport;
    private boolean running;
    private boolean lossReported;
    private String lastFailure;
    private Thread worker;

    /**
     * @param transports   makes a fresh, unopened transport for each connection attempt
     * @param probe        run on connecting and every {@code pollInterval}; a {@link TransportException} means lost,
     *                     a {@link DeviceException} means present but faulty
     * @param onLost       told the reason once each time the device goes from reachable (or never seen) to lost
     */
    public DeviceConnection(String deviceId, Supplier<Transport> transports, Exchange<?> probe,
                            Duration pollInterval, Backoff backoff, Consumer<String> onLost) {
        this.deviceId = Objects.requireNonNull(deviceId);
        this.transports = Objects.requireNonNull(transports);
        this.probe = Objects.requireNonNull(probe);
        this.pollInterval = Objects.requireNonNull(pollInterval);
        this.backoff = Objects.requireNonNull(backoff);
        this.onLost = Objects.requireNonNull(onLost);
    }

    /** Starts the background thread that connects, polls and reconnects. */
    public void start() {
        lock.lock();
        try {
            if (running) {
                return;
            }
            running = true;
            worker = new Thread(this::superviseLoop, "device-" + deviceId);
            worker.setDaemon(true);
            worker.start();
        } finally {
            lock.unlock();
        }
    }

    public boolean isConnected() {
        lock.lock();
        try {
            return transport != null;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until connected; returns whether it is. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (transport == null && nanos > 0) {
                nanos = wake.awaitNanos(nanos);
            }
            return transport != null;
        } finally {
            lock.unlock();
        }
    }

    /** Why the last connection attempt or exchange failed, if one has. */
    public Optional<String> lastFailure() {
        lock.lock();
        try {
            return Optional.ofNullable(lastFailure);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs one exchange on the connected transport. A transport failure marks the device lost (and starts
     * reconnecting) before it is rethrown; a {@link DeviceException} (the device answered, but no) passes through.
     *
     * @throws NotConnectedException when the device is not connected now
     */
    public <T> T call(Exchange<T> exchange) throws TransportException, DeviceException {
        lock.lock();
        try {
            if (transport == null) {
                throw new NotConnectedException(deviceId + ": not connected");
            }
            try {
                return exchange.run(transport);
            } catch (TransportException e) {
                markLost(e.getMessage());
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private void superviseLoop() {
        while (true) {
            Duration wait;
            lock.lock();
            try {
                if (!running) {
                    return;
                }
                wait = transport == null ? tryConnect() : tryProbe();
                if (wait.isPositive() && running) {
                    wake.awaitNanos(wait.toNanos());
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Called with the lock held; returns how long to wait before the next step. */
    private Duration tryConnect() {
        Transport t = transports.get();
        try {
            t.open();
            try {
                probe.run(t);
            } catch (DeviceException e) {
                // it answered, so it is there: connected, in whatever fault state the probe has reported
                log.warn("device {} connected but reports: {}", deviceId, e.getMessage());
            }
            transport = t;
            lossReported = false;
            backoff.reset();
            wake.signalAll();
            log.info("device {} connected on {}", deviceId, t.endpoint());
            return pollInterval;
        } catch (TransportException | RuntimeException e) {
            t.close();
            reportLoss(e.getMessage());
            return backoff.nextDelay();
        }
    }

    private Duration tryProbe() {
        try {
            probe.run(transport);
        } catch (TransportException e) {
            markLost(e.getMessage());
            return Duration.ZERO;
        } catch (DeviceException | RuntimeException e) {
            log.warn("device {} probe failed: {}", deviceId, e.getMessage());
        }
        return pollInterval;
    }

    private void markLost(String reason) {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        reportLoss(reason);
        wake.signalAll();
    }

    private void reportLoss(String reason) {
        lastFailure = reason;
        if (lossReported) {
            return;
        }
        lossReported = true;
        log.warn("device {} lost: {}; reconnecting with backoff", deviceId, reason);
        try {
            onLost.accept(reason);
        } catch (RuntimeException e) {
            log.warn("loss listener of {} failed", deviceId, e);
        }
    }

    @Override
    public void close() {
        Thread w;
        lock.lock();
        try {
            running = false;
            wake.signalAll();
            w = worker;
            worker = null;
            if (transport != null) {
                transport.close();
                transport = null;
            }
        } finally {
            lock.unlock();
        }
        if (w != null && w != Thread.currentThread()) {
            w.interrupt();
            try {
                w.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
