package org.kiosk.sim.printer;

import java.io.IOException;

/** The printer's side of a cable: carries bytes from the host to a {@link LinkListener} and answers back. */
interface PrinterLink extends AutoCloseable {

    /** Receives what arrives over the link, on the link's own thread. */
    interface LinkListener {
        void received(byte[] buffer, int length, VirtualPrinter.ReplyChannel replies);

        /** The connection ended (host went away, cable pulled, or {@link PrinterLink#unplug()}). */
        void dropped();
    }

    void start() throws IOException;

    /** Drops the connection and stays disconnected until {@link #plugIn()}. Callable from the link's thread. */
    void unplug();

    void plugIn() throws IOException;

    /** Whether a host connection is being served now. */
    boolean isConnected();

    /** For TCP the listening port; -1 for serial links. */
    int boundPort();

    @Override
    void close();
}
