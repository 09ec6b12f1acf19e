package org.kiosk.sim.idcard;

/** The reader's side of its cable: carries the host's bytes to a {@link Listener} and the replies back. */
interface ReaderLink extends AutoCloseable {

    /** Where replies go, a few bytes at a time. */
    interface ReplySink {
        /** False when the link is gone (the rest of the reply is lost with it). */
        boolean write(byte[] bytes, int offset, int length);

        /** Whether replies still reach the host. */
        boolean isOpen();
    }

    /** Told what arrives, on the link's own thread. */
    interface Listener {
        void received(byte[] buffer, int length, ReplySink replies);

        /** The connection ended (port gone, stream closed, or {@link ReaderLink#unplug()}). */
        void dropped();
    }

    void start();

    /** Drops the connection and stays disconnected until {@link #plugIn()}. Callable from the link's thread. */
    void unplug();

    void plugIn();

    boolean isConnected();

    @Override
    void close();
}
