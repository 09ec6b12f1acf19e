package org.kiosk.sim.link;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the device end of a serial line (a pty made by socat in tests, a real port otherwise) with jSerialComm,
 * 8N1 at the given baud.
 *
 * <p>When the port dies (socat killed, USB adapter pulled: a read fails, or the path now names another device)
 * the link closes it, reports the drop, and polls the path every {@value #REOPEN_POLL_MS} ms, reopening it as soon
 * as it exists again; so after {@code PtyPair.unplug()} and {@code PtyPair.plugIn()} the device serves again by
 * itself. {@link #unplug()} closes the port and suspends that polling until {@link #plugIn()}.
 */
public final class SerialLink implements AutoOpeningLink {

    public static final long REOPEN_POLL_MS = 50;
    private static final int READ_TIMEOUT_MS = 100;
    private static final int WRITE_TIMEOUT_MS = 1000;

    private final String deviceName;
    private final Path path;
    private final int baud;
    private final Listener listener;
    private final Object lock = new Object();
    private boolean running;
    private boolean pluggedIn = true;
    private SerialPort port;
    private Thread thread;
    private volatile boolean connected;

    /** @param deviceName names the link's thread, e.g. {@code printer-sim} */
    public SerialLink(String deviceName, Path path, int baud, Listener listener) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + baud);
        }
        this.deviceName = deviceName;
        this.path = path;
        this.baud = baud;
        this.listener = listener;
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            thread = new Thread(this::run, deviceName + " serial " + path.getFileName());
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void unplug() {
        synchronized (lock) {
            pluggedIn = false;
            if (port != null) {
                port.closePort();
            }
            lock.notifyAll();
        }
    }

    @Override
    public void plugIn() {
        synchronized (lock) {
            pluggedIn = true;
            lock.notifyAll();
        }
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() {
        Thread reader;
        synchronized (lock) {
            running = false;
            if (port != null) {
                port.closePort();
            }
            lock.notifyAll();
            reader = thread;
        }
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(2 * (READ_TIMEOUT_MS + WRITE_TIMEOUT_MS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (awaitPluggedIn()) {
                SerialPort opened = open();
                if (opened == null) {
                    synchronized (lock) {
                        lock.wait(REOPEN_POLL_MS);
                    }
                    continue;
                }
                synchronized (lock) {
                    if (!running || !pluggedIn) {
                        opened.closePort();
                        continue;
                    }
                    port = opened;
                }
                connected = true;
                try {
                    serve(opened);
                } finally {
                    synchronized (lock) {
                        port = null;
                    }
                    opened.closePort();
                    // reported before isConnected() turns false, so whoever waits for that sees the drop handled
                    listener.dropped();
                    connected = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean awaitPluggedIn() throws InterruptedException {
        synchronized (lock) {
            while (running && !pluggedIn) {
                lock.wait();
            }
            return running;
        }
    }

    private SerialPort open() {
        if (!Files.exists(path)) {
            return null;
        }
        SerialPort p = SerialPort.getCommPort(path.toString());
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MS, WRITE_TIMEOUT_MS);
        return p.openPort() ? p : null;
    }

    private void serve(SerialPort p) {
        Path device = realPath();
        byte[] buffer = new byte[4096];
        Replies replies = new Replies() {
            @Override
            public boolean write(byte[] bytes, int offset, int length) {
                return isOpen() && p.writeBytes(bytes, length, offset) == length;
            }

            @Override
            public boolean isOpen() {
                synchronized (lock) {
                    return running && pluggedIn && port == p;
                }
            }
        };
        listener.connected(replies);
        while (true) {
            int n = p.readBytes(buffer, buffer.length);
            if (n < 0) {
                return;
            }
            if (n == 0) {
                // a quiet line: make sure it is still the same device and still wanted
                if (!replies.isOpen() || device == null || !device.equals(realPath())) {
                    return;
                }
                continue;
            }
            listener.received(buffer, n, replies);
        }
    }

    private Path realPath() {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
