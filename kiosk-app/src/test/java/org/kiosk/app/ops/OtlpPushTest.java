package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * With OTLP push enabled, the kiosk posts its meters to the collector it is given: an HTTP receiver on loopback gets
 * OTLP protobuf with the kiosk's meters and its {@code kiosk} tag.
 */
@SpringBootTest(properties = {"spring.main.keep-alive=false", "kiosk.print-sample-on-start=false", "kiosk.id=gz-otlp-01",
        "management.otlp.metrics.export.enabled=true", "management.otlp.metrics.export.step=1s"})
class OtlpPushTest {

    private record Push(String contentType, byte[] body) {
    }

    static final BlockingQueue<Push> pushes = new LinkedBlockingQueue<>();
    static HttpServer collector;
    static Path dir;

    @DynamicPropertySource
    static void collector(DynamicPropertyRegistry registry) throws IOException {
        collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/v1/metrics", exchange -> {
            pushes.add(new Push(exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        dir = Files.createTempDirectory("kiosk-otlp");
        registry.add("management.otlp.metrics.export.url",
                () -> "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/metrics");
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
    }

    @AfterAll
    static void stopCollector() {
        collector.stop(0);
        FileSystemUtils.deleteRecursively(dir.toFile());
    }

    @Test
    void theKioskPushesItsMetersOverOtlp() throws Exception {
        List<String> expected = List.of("kiosk.device.state", "kiosk.printer.paper.state", "kiosk.build.info", "gz-otlp-01");
        StringBuilder pushed = new StringBuilder();
        for (int push = 0; push < 30 && !expected.stream().allMatch(pushed.toString()::contains); push++) {
            Push next = pushes.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("an OTLP push within 30 s").isNotNull();
            assertThat(next.contentType()).isEqualTo("application/x-protobuf");
            // protobuf keeps strings as UTF-8 bytes: the names and tag values are readable in the body
            pushed.append(new String(next.body(), StandardCharsets.ISO_8859_1));
        }
        assertThat(pushed.toString()).contains(expected);
    }
}
