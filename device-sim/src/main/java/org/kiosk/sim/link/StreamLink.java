package org.kiosk.sim.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Serves a pair of streams, for tests without a serial port. Streams cannot be reopened, so here
 * {@link #unplug()} means deaf and mute: what arrives is dropped and nothing is sent until {@link #plugIn()}.
 * The link ends when the input ends; {@link #close()} closes both streams.
 */
public final class StreamLink implements AutoOpeningLink {

    private static final int JOIN_MS = 2000;

    private final String deviceName;
    private final InputStream in;
    private final OutputStream out;
    private final Listener listener;
    private final Object lock = new Object();
    private volatile boolean pluggedIn = true;
    private volatile boolean ended;
    private volatile boolean closed;
    private volatile Thread thread;

    /** @param deviceName names the link's thread, e.g. {@code idcard-sim} */
    public StreamLink(String deviceName, InputStream in, OutputStream out, Listener listener) {
        this.deviceName = deviceName;
        this.in = in;
        this.out = out;
        this.listener = listener;
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (thread == null) {
                thread = new Thread(this::run, deviceName + " streams");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    @Override
    public void unplug() {
        boolean wasPluggedIn;
        synchronized (lock) {
            wasPluggedIn = pluggedIn;
            pluggedIn = false;
        }
        if (wasPluggedIn) {
            listener.dropped();
        }
    }

    @Override
    public void plugIn() {
        pluggedIn = true;
    }

    @Override
    public boolean isConnected() {
        return thread != null && pluggedIn && !ended && !closed;
    }

    @Override
    public void close() {
        Thread reader;
        synchronized (lock) {
            closed = true;
            reader = thread;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is only to wake the reading thread; a stream that fails to close has nothing more to say
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // as above: nothing more will be written
        }
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(JOIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        byte[] buffer = new byte[4096];
        Replies replies = new Replies() {
            @Override
            public boolean write(byte[] bytes, int offset, int length) {
                if (!isOpen()) {
                    return false;
                }
                try {
                    out.write(bytes, offset, length);
                    out.flush();
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }

            @Override
            public boolean isOpen() {
                return isConnected();
            }
        };
        listener.connected(replies);
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                ended = true;
                listener.dropped();
                return;
            }
            if (n > 0 && isConnected()) {
                listener.received(buffer, n, replies);
            }
        }
    }
}
