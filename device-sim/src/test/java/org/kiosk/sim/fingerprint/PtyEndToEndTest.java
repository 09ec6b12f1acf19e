package org.kiosk.sim.fingerprint;

import com.fazecast.jSerialComm.SerialPort;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.Hex;
import org.kiosk.sim.link.SerialLink;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.tools.ExternalTools;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.sim.Hex.hex;
import static org.kiosk.sim.fingerprint.InstructionRepliesTest.CARD_TEMPLATE;
import static org.kiosk.sim.fingerprint.TestPackets.*;

/** Over a real socat pty pair, the host end opened with jSerialComm. */
class PtyEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The kiosk's end of the line, opened as a driver would. */
    private static final class SerialHost implements AutoCloseable {
        private static final int TIMEOUT_MS = 5000;
        private final SerialPort port;

        SerialHost(Path path) throws IOException {
            port = SerialPort.getCommPort(path.toString());
            port.setComPortParameters(57_600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    TIMEOUT_MS, TIMEOUT_MS);
            if (!port.openPort()) {
                throw new IOException("cannot open " + path);
            }
        }

        void send(byte[] bytes) throws IOException {
            if (port.writeBytes(bytes, bytes.length) != bytes.length) {
                throw new IOException("short write");
            }
        }

        String ask(String command) throws IOException {
            send(Hex.hex(command));
            return hex(readPacket());
        }

        byte[] readPacket() throws IOException {
            byte[] header = read(9);
            return Hex.concat(header, read(Hex.u16(header, 7)));
        }

        private byte[] read(int n) throws IOException {
            byte[] out = new byte[n];
            int got = 0;
            while (got < n) {
                int r = port.readBytes(out, n - got, got);
                if (r <= 0) {
                    throw new IOException("expected " + n + " bytes, got " + got);
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

    private static void verifyCardHolder(SerialHost host) throws IOException {
        assertThat(host.ask(VFY_PWD_0)).isEqualTo(OK);
        assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
        assertThat(host.ask(IMG_2_TZ_1)).isEqualTo(OK);
        assertThat(host.ask(DOWN_CHAR_2)).isEqualTo(OK);
        host.send(TestPackets.dataPackets(CARD_TEMPLATE, 128));
        assertThat(host.ask(MATCH)).isEqualTo("EF 01 FF FF FF FF 07 00 05 00 00 96 00 A2");
        assertThat(host.ask(UP_CHAR_2)).isEqualTo(OK);
        for (int i = 0; i < 4; i++) {
            payloadOf(host.readPacket(), i < 3 ? 0x02 : 0x08);
        }
    }

    @Test
    void verifiesAFingerOverAPty() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start();
             FingerprintModuleEmulator module = FingerprintModuleEmulator.builder().serial(pty.devicePath()).build()) {
            module.start();
            module.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            assertThat(module.awaitConnected(true, WAIT)).isTrue();
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                verifyCardHolder(host);
            }
        }
    }

    @Test
    void unplugClosesThePortAndPlugInReopensIt() throws Exception {
        ExternalTools.require("socat", "socat");
        try (PtyPair pty = PtyPair.start();
             FingerprintModuleEmulator module = FingerprintModuleEmulator.builder().serial(pty.devicePath())
                     .password(7).build()) {
            module.start();
            module.finger(FingerprintModuleEmulator.fingerOf(CARD_TEMPLATE));
            assertThat(module.awaitConnected(true, WAIT)).isTrue();
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                assertThat(host.ask(GEN_IMG)).isEqualTo(PASSWORD_FIRST);
                module.unplug();
                assertThat(module.awaitConnected(false, WAIT)).isTrue();
            }
            pty.unplug();
            pty.plugIn();
            Thread.sleep(3 * SerialLink.REOPEN_POLL_MS);
            assertThat(module.isConnected()).as("stays unplugged until plugIn").isFalse();
            module.plugIn();
            assertThat(module.awaitConnected(true, WAIT)).isTrue();
            try (SerialHost host = new SerialHost(pty.hostPath())) {
                assertThat(host.ask("EF 01 FF FF FF FF 01 00 07 13 00 00 00 07 00 22")).isEqualTo(OK);
                assertThat(host.ask(GEN_IMG)).isEqualTo(OK);
            }
        }
    }
}
