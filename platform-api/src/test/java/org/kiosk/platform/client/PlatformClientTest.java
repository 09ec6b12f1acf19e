package org.kiosk.platform.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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
}
