package org.kiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TcpTransportTest {

    @Test
    void exchangesBytesAndNoticesThePeerClosing() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TcpTransport t = new TcpTransport("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2));
            t.open();
            try (Socket peer = server.accept()) {
                t.write(new byte[] {0x10, 0x04, 0x01});
                InputStream in = peer.getInputStream();
                assertThat(in.readNBytes(3)).containsExactly(0x10, 0x04, 0x01);
                peer.getOutputStream().write(0x16);
                assertThat(t.readFully(1, Duration.ofSeconds(2))).containsExactly(0x16);

                assertThatThrownBy(() -> t.readFully(1, Duration.ofMillis(150))).isInstanceOf(TransportTimeoutException.class);
            }
            assertThatThrownBy(() -> t.readFully(1, Duration.ofSeconds(2)))
                    .isInstanceOf(TransportException.class)
                    .isNotInstanceOf(TransportTimeoutException.class)
                    .hasMessageContaining("closed by the device");
            assertThat(t.isOpen()).isFalse();
        }
    }

    @Test
    void refusedConnectionIsATransportException() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = s.getLocalPort();
        }
        TcpTransport t = new TcpTransport("127.0.0.1", freePort, Duration.ofSeconds(1));
        assertThatThrownBy(t::open).isInstanceOf(TransportException.class).hasMessageContaining("cannot connect");
    }

    @Test
    void hostPortIsParsedOrRefusedClearly() {
        assertThat(TcpTransport.parse("10.0.0.5:9100", Duration.ofSeconds(1)).endpoint()).isEqualTo("tcp://10.0.0.5:9100");
        assertThatThrownBy(() -> TcpTransport.parse("printer", Duration.ofSeconds(1))).hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> TcpTransport.parse("printer:x", Duration.ofSeconds(1))).hasMessageContaining("not a number");
        assertThatThrownBy(() -> TcpTransport.parse("printer:70000", Duration.ofSeconds(1))).hasMessageContaining("1..65535");
    }
}
