package org.kiosk.sim.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A device's TCP port, like a network printer's raw port (9100 on real printers): serves one client at a time;
 * further clients wait in the backlog until the current one disconnects. {@link #unplug()} closes the client and
 * the listener; {@link #plugIn()} listens again on the same port.
 */
public final class TcpLink implements DeviceLink {

    private static final long ACCEPT_RETRY_MS = 50;

    private final String deviceName;
    private final InetAddress bindAddress;
    private final int requestedPort;
    private final Listener listener;
    private final Object lock = new Object();
    private boolean running;
    private boolean pluggedIn = true;
    private ServerSocket server;
    private Socket client;
    private int boundPort = -1;
    private Thread thread;
    private volatile boolean connected;

    /**
     * @param deviceName names the link's thread, e.g. {@code printer-sim}
     * @param port 0 picks a free one, see {@link #boundPort()}
     */
    public TcpLink(String deviceName, InetAddress bindAddress, int port, Listener listener) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("TCP port must be 0-65535, got " + port);
        }
        this.deviceName = deviceName;
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.listener = listener;
    }

    @Override
    public void start() throws IOException {
        synchronized (lock) {
            if (running) {
                return;
            }
            listen(requestedPort);
            running = true;
            thread = new Thread(this::run, deviceName + " tcp " + boundPort);
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void unplug() {
        synchronized (lock) {
            pluggedIn = false;
            closeQuietly(client);
            closeQuietly(server);
            server = null;
        }
    }

    @Override
    public void plugIn() throws IOException {
        synchronized (lock) {
            if (pluggedIn || !running) {
                return;
            }
            listen(boundPort);
            pluggedIn = true;
            lock.notifyAll();
        }
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public int boundPort() {
        synchronized (lock) {
            return boundPort;
        }
    }

    @Override
    public void close() {
        Thread acceptor;
        synchronized (lock) {
            running = false;
            closeQuietly(client);
            closeQuietly(server);
            server = null;
            lock.notifyAll();
            acceptor = thread;
        }
        if (acceptor != null && acceptor != Thread.currentThread()) {
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            // rebinding the same port right after unplug() must not wait for TIME_WAIT to pass
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(bindAddress, port));
        } catch (IOException e) {
            closeQuietly(s);
            throw new IOException("cannot listen on " + bindAddress.getHostAddress() + ":" + port + ": "
                    + e.getMessage(), e);
        }
        server = s;
        boundPort = s.getLocalPort();
    }

    private void run() {
        try {
            while (true) {
                ServerSocket s;
                synchronized (lock) {
                    while (running && (!pluggedIn || server == null)) {
                        lock.wait();
                    }
                    if (!running) {
                        return;
                    }
                    s = server;
                }
                Socket accepted;
                try {
                    accepted = s.accept();
                } catch (IOException e) {
                    if (!s.isClosed()) {
                        // e.g. out of file descriptors: retry later rather than spin
                        synchronized (lock) {
                            lock.wait(ACCEPT_RETRY_MS);
                        }
                    }
                    continue;
                }
                synchronized (lock) {
                    if (!running || !pluggedIn) {
                        closeQuietly(accepted);
                        continue;
                    }
                    client = accepted;
                }
                connected = true;
                try {
                    serve(accepted);
                } finally {
                    synchronized (lock) {
                        client = null;
                    }
                    closeQuietly(accepted);
                    // reported before isConnected() turns false, so whoever waits for that sees the drop handled
                    listener.dropped();
                    connected = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            Replies replies = new Replies() {
                @Override
                public boolean write(byte[] bytes, int offset, int length) {
                    try {
                        out.write(bytes, offset, length);
                        out.flush();
                        return true;
                    } catch (IOException e) {
                        // the host is gone; the next read ends the connection
                        return false;
                    }
                }

                @Override
                public boolean isOpen() {
                    synchronized (lock) {
                        return running && pluggedIn && client == socket;
                    }
                }
            };
            listener.connected(replies);
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    listener.received(buffer, n, replies);
                }
            }
        } catch (IOException e) {
            // connection reset or closed by unplug(): a dropped link, reported by the caller
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // closing is best effort: the resource is abandoned either way
        }
    }
}
