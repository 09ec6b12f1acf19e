package org.kiosk.device.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/** A TCP socket, as to a network receipt printer's raw port 9100. */
public final class TcpTransport implements Transport {

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.host = Objects.requireNonNull(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TCP port must be 1..65535, was " + port);
        }
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    /** Parses {@code host:port}. */
    public static TcpTransport parse(String hostPort, Duration connectTimeout) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT, got '" + hostPort + "'");
        }
        int p;
        try {
            p = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port in '" + hostPort + "' is not a number");
        }
        return new TcpTransport(hostPort.substring(0, colon), p, connectTimeout);
    }

    @Override
    public String endpoint() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public void open() throws TransportException {
        if (isOpen()) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException(endpoint() + ": cannot connect (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        requireOpen();
        try {
            out.write(data, offset, length);
            out.flush();
        } catch (IOException e) {
            throw lost("write failed", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        requireOpen();
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                throw lost("connection closed by the device", null);
            }
            return n;
        } catch (SocketTimeoutException e) {
            throw new TransportTimeoutException(endpoint() + ": no answer within " + timeout.toMillis() + " ms");
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw lost("read failed", e);
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        try {
            int available;
            while ((available = in.available()) > 0) {
                in.skipNBytes(available);
            }
        } catch (IOException e) {
            throw lost("read failed", e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            closeQuietly(socket);
            socket = null;
        }
    }

    private void requireOpen() throws TransportException {
        if (!isOpen()) {
            throw new TransportException(endpoint() + ": not connected");
        }
    }

    private TransportException lost(String what, IOException cause) {
        close();
        return new TransportException(endpoint() + ": " + what + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a broken socket can fail; it is gone either way
        }
    }
}
