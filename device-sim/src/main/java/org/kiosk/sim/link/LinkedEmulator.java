package org.kiosk.sim.link;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every emulator does with its cable: starts it once, refuses to start after closing, pulls it, tells whether
 * a host is served, and closes it once. Subclasses answer what arrives and forget what a dropped link loses.
 *
 * @param <L> the kind of link, which decides whether starting and plugging in can fail
 */
public abstract class LinkedEmulator<L extends DeviceLink> implements AutoCloseable {

    /** An action on the link that may throw {@code X}; inferred as unchecked for links that cannot fail. */
    @FunctionalInterface
    protected interface LinkAction<X extends Exception> {
        void run() throws X;
    }

    private final String name;
    private final L link;
    private final Object lifecycle = new Object();
    private boolean started;
    private boolean closed;

    /**
     * @param name what the emulator is, for the error when it is started after closing
     * @param connect makes the link that tells this emulator what arrives
     */
    protected LinkedEmulator(String name, Function<DeviceLink.Listener, L> connect) {
        this.name = Objects.requireNonNull(name, "name");
        this.link = connect.apply(new DeviceLink.Listener() {
            @Override
            public void received(byte[] data, int length, Replies replies) {
                LinkedEmulator.this.received(data, length, replies);
            }

            @Override
            public void connected(Replies replies) {
                LinkedEmulator.this.connected(replies);
            }

            @Override
            public void dropped() {
                LinkedEmulator.this.dropped();
            }
        });
    }

    /**
     * Pulls the cable: a serial port is closed and not reopened until plugged in again; streams are ignored until
     * then; TCP closes the client and the listener. What the device loses with it is told by each emulator.
     */
    public void unplug() {
        link.unplug();
    }

    /** Whether the host is being served now (serial port open and plugged in, streams open, TCP client connected). */
    public boolean isConnected() {
        return link.isConnected();
    }

    /** Waits until {@link #isConnected()} equals {@code wanted}; false on timeout. */
    public boolean awaitConnected(boolean wanted, Duration timeout) throws InterruptedException {
        return link.awaitConnected(wanted, timeout);
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        link.close();
    }

    /** {@code length} bytes from the host at the start of {@code data}, on the link's thread. */
    protected abstract void received(byte[] data, int length, Replies replies);

    /** A host connection began; devices that speak unasked keep {@code replies} to send on until it drops. */
    protected void connected(Replies replies) {
    }

    /** The connection ended: the device forgets what it loses with its cable. */
    protected abstract void dropped();

    protected final L link() {
        return link;
    }

    /** Runs {@code startLink} the first time only. */
    protected final <X extends Exception> void startOnce(LinkAction<X> startLink) throws X {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException(name + " already closed");
            }
            if (!started) {
                startLink.run();
                started = true;
            }
        }
    }

    protected final boolean started() {
        synchronized (lifecycle) {
            return started;
        }
    }
}
