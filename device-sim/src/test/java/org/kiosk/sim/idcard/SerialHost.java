package org.kiosk.sim.idcard;

import com.fazecast.jSerialComm.SerialPort;
import org.kiosk.sim.Hex;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's end of a serial line in these tests, opened with jSerialComm as a driver would. */
final class SerialHost implements AutoCloseable {

    private static final int TIMEOUT_MS = 5000;

    private final SerialPort port;
    private final Path path;

    SerialHost(Path path) throws IOException {
        this.path = path;
        port = SerialPort.getCommPort(path.toString());
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                TIMEOUT_MS, TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException("cannot open " + path);
        }
    }

    byte[] exchange(byte[] command) throws IOException {
        if (port.writeBytes(command, command.length) != command.length) {
            throw new IOException("short write to " + path);
        }
        byte[] header = read(7);
        assertThat(Hex.hex(header).substring(0, 14)).as("preamble").isEqualTo("AA AA AA 96 69");
        return Hex.concat(header, read(Hex.u16(header, 5)));
    }

    private byte[] read(int n) throws IOException {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            int r = port.readBytes(out, n - got, got);
            if (r <= 0) {
                throw new IOException("expected " + n + " bytes from " + path + ", got " + got);
            }
            got += r;
        }
        return out;
    }

    @Override
    public void close() {
        port.closePort();
    }
}
