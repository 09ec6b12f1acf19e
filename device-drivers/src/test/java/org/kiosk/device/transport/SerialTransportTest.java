package org.kiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.pty.PtyPair;

/** The serial transport over a real pseudo-terminal pair, opened with jSerialComm as a USB port would be. */
class SerialTransportTest {

    private PtyPair pty;
    private SerialTransport host;
    private SerialTransport device;

    @BeforeEach
    void plugIn() throws Exception {
        pty = PtyPair.start();
        host = new SerialTransport(SerialSettings.of(pty.hostPath().toString(), 115200));
        device = new SerialTransport(SerialSettings.of(pty.devicePath().toString(), 115200));
        host.open();
        device.open();
    }

    @AfterEach
    void unplug() {
        host.close();
        device.close();
        pty.close();
    }

    @Test
    void bytesCrossThePtyBothWays() throws Exception {
        host.write("hello 你好".getBytes(StandardCharsets.UTF_8));
        byte[] got = device.readFully("hello 你好".getBytes(StandardCharsets.UTF_8).length, Duration.ofSeconds(2));
        assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("hello 你好");

        device.write(new byte[] {0x12});
        assertThat(host.readFully(1, Duration.ofSeconds(2))).containsExactly(0x12);
    }

    @Test
    void silentPeerTimesOutWithoutClosingTheLink() throws Exception {
        assertThatThrownBy(() -> host.readFully(1, Duration.ofMillis(200)))
                .isInstanceOf(TransportTimeoutException.class)
                .hasMessageContaining("serial:" + pty.hostPath());
        assertThat(host.isOpen()).isTrue();
    }

    @Test
    void unpluggedCableFailsTheReadAsLostNotAsTimeout() throws Exception {
        pty.unplug();
        assertThatThrownBy(() -> host.readFully(1, Duration.ofSeconds(2)))
                .isInstanceOf(TransportException.class)
                .isNotInstanceOf(TransportTimeoutException.class)
                .hasMessageContaining("port lost");
        assertThat(host.isOpen()).isFalse();
    }

    @Test
    void missingPortIsNamedInTheError() {
        SerialTransport absent = new SerialTransport(SerialSettings.of(pty.hostPath() + "-absent", 9600));
        assertThatThrownBy(absent::open)
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("no such port");
    }

    @Test
    void discardInputDropsStaleBytes() throws Exception {
        device.write(new byte[] {1, 2, 3});
        Thread.sleep(100);
        host.discardInput();
        device.write(new byte[] {4});
        assertThat(host.readFully(1, Duration.ofSeconds(2))).containsExactly(4);
    }
}
