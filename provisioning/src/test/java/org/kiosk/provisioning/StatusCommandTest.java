package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kioskctl status against health answers recorded in the shape the kiosk's Actuator endpoint gives them, served
 * over HTTP on loopback by the JDK's server, and against what is not a kiosk. The running kiosk itself is asked in
 * kiosk-app's {@code KioskctlStatusTest}.
 */
class StatusCommandTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Serves {@code body} with {@code status} at /actuator/health; returns the URL. */
    private String serving(int status, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health";
    }

    private static byte[] recorded(String name) throws IOException {
        try (InputStream in = StatusCommandTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aHealthyKioskIsUpWithEachComponent() throws Exception {
        Map<String, Object> status = succeededWithJson(kioskctl("status", "--json", "--url", serving(200, recorded("health-up.json"))));

        assertThat(status).containsEntry("status", "UP");
        assertThat(status.get("components").toString()).contains("name=devices.printer", "paper=low", "name=storage");
    }

    @Test
    void aKioskWithItsPrinterDownExitsNonZeroNamingIt() throws Exception {
        KioskCtlRuns.Outcome r = kioskctl("status", "--url", serving(503, recorded("health-down.json")));

        assertThat(r.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
        assertThat(r.out()).contains("kiosk", "DOWN", "devices.printer", "state=no_device", "action=maintenance", "storage");
        assertThat(r.err()).isEqualTo(
                "kioskctl: kiosk is DOWN: devices DOWN, devices.printer DOWN, requiredDevices DOWN, requiredDevices.printer DOWN\n");
    }

    @Test
    void aKioskThatIsNotRunningIsSaidInOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        assertFailedInOneLine(kioskctl("status", "--url", "http://127.0.0.1:" + port + "/actuator/health"), "kiosk not reachable", "is it running?");
    }

    @Test
    void somethingElseOnThePortIsSaidInOneLine() throws Exception {
        assertFailedInOneLine(kioskctl("status", "--url", serving(200, "<html>hello</html>".getBytes())), "something other than JSON");
        stop();
        assertFailedInOneLine(kioskctl("status", "--url", serving(404, new byte[0])), "HTTP 404");
        stop();
        assertFailedInOneLine(kioskctl("status", "--url", serving(200, "{\"up\":true}".getBytes())), "without a health status");
    }
}
