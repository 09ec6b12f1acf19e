package org.kiosk.sim.printer;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;

/** The kiosk's end of the cable in these tests: raw bytes out, status bytes back. */
interface HostEnd extends AutoCloseable {

    int READ_TIMEOUT_MS = 5000;

    void write(byte[] bytes) throws IOException;

    /** The next byte from the printer, or -1 when none came within {@link #READ_TIMEOUT_MS} or the link ended. */
    int read() throws IOException;

    /** Bytes already waiting to be read. */
    int available() throws IOException;

    @Override
    void close();

    static HostEnd serial(Path hostPath) throws IOException {
        SerialPort port = SerialPort.getCommPort(hostPath.toString());
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MS, READ_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException("cannot open " + hostPath);
        }
        return new HostEnd() {
            @Override
            public void write(byte[] bytes) throws IOException {
                if (port.writeBytes(bytes, bytes.length) != bytes.length) {
                    throw new IOException("short write to " + hostPath);
                }
            }

            @Override
            public int read() {
                byte[] one = new byte[1];
                return port.readBytes(one, 1) == 1 ? one[0] & 0xFF : -1;
            }

            @Override
            public int available() {
                return Math.max(0, port.bytesAvailable());
            }

            @Override
            public void close() {
                port.closePort();
            }
        };
    }

    static HostEnd tcp(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        return new HostEnd() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public int read() throws IOException {
                try {
                    return in.read();
                } catch (SocketTimeoutException e) {
                    return -1;
                }
            }

            @Override
            public int available() throws IOException {
                return in.available();
            }

            @Override
            public void close() {
                try {
                    socket.close();
                } catch (IOException e) {
                    // the test is done with this connection either way
                }
            }
        };
    }
}
