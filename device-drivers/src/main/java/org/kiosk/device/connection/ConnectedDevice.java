package org.kiosk.device.connection;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.kiosk.device.Device;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.StatusListener;
import org.kiosk.device.StatusPublisher;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * What every driver of a device on a cable shares: its identity, its published status, and a
 * {@link DeviceConnection} that keeps it connected and runs the driver's {@link #poll} on connecting and
 * every poll interval. A driver adds its own conversation and operations.
 */
public abstract class ConnectedDevice implements Device {

    private final String id;
    private final DeviceKind kind;
    private final DeviceIdentity identity;
    private final StatusPublisher publisher;
    private final DeviceConnection connection;

    protected ConnectedDevice(String id, DeviceKind kind, DeviceIdentity identity, Endpoint endpoint,
                              Duration pollInterval, Backoff backoff, Clock clock) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.identity = Objects.requireNonNull(identity);
        this.publisher = new StatusPublisher(id, kind, DeviceStatus.noDevice(), clock);
        this.connection = new DeviceConnection(id, endpoint.transports(), t -> {
            poll(t);
            return null;
        }, pollInterval, backoff, reason -> lost());
    }

    /**
     * The harmless exchange run on connecting and every poll interval, which publishes what it learns.
     * A {@link TransportException} means the device is gone; a {@link DeviceException}, present but faulty.
     */
    protected abstract void poll(Transport transport) throws TransportException, DeviceException;

    /** Called when the device is lost: publish the kind's NO_DEVICE status and forget what no longer holds. */
    protected abstract void lost();

    protected final StatusPublisher publisher() {
        return publisher;
    }

    protected final DeviceConnection connection() {
        return connection;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final DeviceKind kind() {
        return kind;
    }

    @Override
    public final DeviceIdentity identity() {
        return identity;
    }

    @Override
    public final DeviceStatus status() {
        return publisher.current();
    }

    @Override
    public final AutoCloseable addStatusListener(StatusListener listener) {
        return publisher.add(listener);
    }

    @Override
    public final void start() {
        connection.start();
    }

    @Override
    public final boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connection.awaitConnected(timeout);
    }

    /** Why the device could last not be reached, for a technician's one-line error. */
    public final Optional<String> lastFailure() {
        return connection.lastFailure();
    }

    @Override
    public void close() {
        connection.close();
    }
}
