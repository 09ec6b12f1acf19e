package org.kiosk.platform.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformClientTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void retryAfterInSeconds() {
        assertThat(PlatformClient.parseRetryAfter("120", NOW)).hasValue(Duration.ofSeconds(120));
        assertThat(PlatformClient.parseRetryAfter(" 0 ", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDate() {
        assertThat(PlatformClient.parseRetryAfter("Fri, 27 Nov 2026 10:01:30 GMT", NOW)).hasValue(Duration.ofSeconds(90));
        assertThat(PlatformClient.parseRetryAfter("Fri, 27 Nov 2026 09:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @Test
    void theKiosksClockIsSentAsAnImfFixdate() {
        assertThat(PlatformClient.httpDate(Instant.parse("2026-03-01T08:04:05.9Z"))).isEqualTo("Sun, 01 Mar 2026 08:04:05 GMT");
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        assertThat(PlatformClient.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(PlatformClient.parseRetryAfter("-5", NOW)).isEmpty();
        assertThat(PlatformClient.parseRetryAfter("99999999999999", NOW)).isEmpty();
    }

    @Test
    void httpsNeedsATlsContextAndHttpMustBeAskedFor() {
        assertThatThrownBy(() -> PlatformClient.builder(URI.create("https://localhost:8443")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mutualTls");
        assertThatThrownBy(() -> PlatformClient.builder(URI.create("http://127.0.0.1:8080")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plainHttp");
        assertThatThrownBy(() -> PlatformClient.builder(URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlatformClient.builder(URI.create("http://127.0.0.1:8080")).plainHttp().build().baseUri()).hasPort(8080);
    }

    @Test
    void anUnreachablePlatformIsUnavailableNotAnError() {
        PlatformClient client = PlatformClient.builder(URI.create("http://127.0.0.1:9")).plainHttp().build();
        assertThatThrownBy(() -> client.submit("key-1", "{}".getBytes())).isInstanceOf(PlatformUnavailableException.class)
                .hasMessageContaining("cannot reach the platform");
    }

    @Test
    void aMissingKeyStoreIsNamed() {
        assertThatThrownBy(() -> PlatformClient.builder(URI.create("https://localhost:8443"))
                .mutualTls(Path.of("no-such-kiosk.p12"), "x".toCharArray(), Path.of("no-trust.p12"), "x".toCharArray()))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-kiosk.p12");
    }

    @Test
    void requestsWaitForAPlatformStillStarting() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = keysServer(served);
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            PlatformClient client = PlatformClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).plainHttp()
                    .platformStarting(started).build();
            CompletableFuture<String> keys = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.signingKeys();
                } catch (PlatformException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> keys.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(served).hasValue(0);
            started.complete(null);
            assertThat(keys.get(10, TimeUnit.SECONDS)).isEqualTo("{\"keys\":[]}");
            assertThat(served).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPlatformThatFailedToStartOrIsSlowIsUnavailable() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = keysServer(served);
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            PlatformClient failed = PlatformClient.builder(uri).plainHttp()
                    .platformStarting(CompletableFuture.failedFuture(new IOException("port 8443 is in use"))).build();
            assertThatThrownBy(failed::signingKeys).isInstanceOf(PlatformUnavailableException.class)
                    .hasMessageContaining("did not start: port 8443 is in use");
            PlatformClient slow = PlatformClient.builder(uri).plainHttp().requestTimeout(Duration.ofMillis(200))
                    .platformStarting(new CompletableFuture<>()).build();
            assertThatThrownBy(slow::signingKeys).isInstanceOf(PlatformUnavailableException.class)
                    .hasMessageContaining("has not started within PT0.2S");
            assertThat(served).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    /** A platform answering only its signing keys, counting the requests it served. */
    private static HttpServer keysServer(AtomicInteger served) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/signing-keys", exchange -> {
            served.incrementAndGet();
            byte[] body = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
