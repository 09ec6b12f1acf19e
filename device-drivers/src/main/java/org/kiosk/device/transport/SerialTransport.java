package org.kiosk.device.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A serial port through jSerialComm: USB-CDC and USB-serial adapters, and pseudo-terminals in tests. */
public final class SerialTransport implements Transport {

    private static final int WRITE_TIMEOUT_MS = 5_000;

    private final SerialSettings settings;
    private SerialPort port;
    private int appliedReadTimeoutMs = -1;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String endpoint() {
        return "serial:" + settings.path();
    }

    @Override
    public void open() throws TransportException {
        if (isOpen()) {
            return;
        }
        // jSerialComm would otherwise report a missing port only as a failed open with an errno
        if (!Files.exists(Path.of(settings.path()))) {
            throw new TransportException(endpoint() + ": no such port (unplugged or wrong path)");
        }
        SerialPort p = SerialPort.getCommPort(settings.path());
        p.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(settings.rtsCts()
                ? SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED
                : SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 100, WRITE_TIMEOUT_MS);
        if (!p.openPort()) {
            throw new TransportException(endpoint() + ": cannot open (error " + p.getLastErrorCode() + " at " + p.getLastErrorLocation() + ")");
        }
        appliedReadTimeoutMs = 100;
        port = p;
    }

    @Override
    public boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        SerialPort p = requireOpen();
        int done = 0;
        while (done < length) {
            int n = p.writeBytes(data, length - done, offset + done);
            if (n < 0) {
                throw lost("write failed after " + done + " of " + length + " bytes");
            }
            if (n == 0) {
                throw new TransportTimeoutException(endpoint() + ": device accepted no data for " + WRITE_TIMEOUT_MS + " ms (" + done + " of " + length + " bytes sent)");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        SerialPort p = requireOpen();
        // termios VTIME counts tenths of a second up to 25.5 s; longer waits loop below
        int ms = (int) Math.max(1, Math.min(timeout.toMillis(), 25_000));
        if (ms != appliedReadTimeoutMs) {
            p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, ms, WRITE_TIMEOUT_MS);
            appliedReadTimeoutMs = ms;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int n = p.readBytes(buffer, length, offset);
            if (n > 0) {
                return n;
            }
            if (n < 0 || !Files.exists(Path.of(settings.path()))) {
                throw lost("read failed");
            }
            if (System.nanoTime() >= deadline) {
                throw new TransportTimeoutException(endpoint() + ": no answer within " + timeout.toMillis() + " ms");
            }
        }
    }

    @Override
    public void discardInput() throws TransportException {
        SerialPort p = requireOpen();
        int available = p.bytesAvailable();
        if (available < 0) {
            throw lost("port unavailable");
        }
        if (available > 0) {
            p.readBytes(new byte[available], available);
        }
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private SerialPort requireOpen() throws TransportException {
        if (port == null) {
            throw new TransportException(endpoint() + ": not open");
        }
        return port;
    }

    private TransportException lost(String what) {
        int errno = port == null ? 0 : port.getLastErrorCode();
        close();
        return new TransportException(endpoint() + ": " + what + ", port lost (errno " + errno + ")");
    }
}
