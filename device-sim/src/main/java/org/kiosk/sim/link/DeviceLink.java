package org.kiosk.sim.link;

import java.io.IOException;
import java.time.Duration;

/**
 * An emulated device's side of its cable: carries the host's bytes to a {@link Listener} and its replies back.
 * A link serves one host connection at a time, on a thread of its own.
 */
public interface DeviceLink extends AutoCloseable {

    /** Told what arrives, on the link's own thread. */
    interface Listener {
        /** {@code length} bytes at the start of {@code data}, which the link reuses once this returns. */
        void received(byte[] data, int length, Replies replies);

        /**
         * A host connection began; {@code replies} reaches it until it drops. For devices that speak first (a
         * scanner sends what it reads unasked); devices that only answer ignore it.
         */
        default void connected(Replies replies) {
        }

        /** The connection ended (host or port gone, stream closed, or {@link DeviceLink#unplug()}). */
        void dropped();
    }

    /** Opens the port or starts listening or reading. Idempotent. */
    void start() throws IOException;

    /** Drops the connection and stays disconnected until {@link #plugIn()}. Callable from the link's thread. */
    void unplug();

    void plugIn() throws IOException;

    /** Whether a host connection is being served now. */
    boolean isConnected();

    /** Waits until {@link #isConnected()} equals {@code wanted}; false on timeout. */
    default boolean awaitConnected(boolean wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isConnected() != wanted) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** The TCP port listened on; -1 for links that have none or before {@link #start()}. */
    default int boundPort() {
        return -1;
    }

    @Override
    void close();
}
