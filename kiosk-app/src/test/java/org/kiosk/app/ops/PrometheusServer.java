package org.kiosk.app.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kiosk.sim.tools.ExternalTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A real Prometheus (the Debian package's {@code prometheus}) on a free loopback port with its own storage in a
 * temporary directory, scraping one target every second; queried through its HTTP API.
 */
final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts Prometheus scraping {@code target} ({@code host:port}) at {@code metricsPath} as job {@code job}. */
    static PrometheusServer start(Path dir, String job, String target, String metricsPath) throws IOException, InterruptedException {
        ExternalTools.require("prometheus", "prometheus");
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 900ms
                scrape_configs:
                  - job_name: %s
                    metrics_path: %s
                    static_configs:
                      - targets: ['%s']
                """.formatted(job, metricsPath, target));
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + Files.createDirectories(dir.resolve("tsdb")),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // polled again below
            }
            Thread.sleep(100);
        }
        throw new IOException("prometheus did not become ready:\n" + Files.readString(log));
    }

    /** Waits until Prometheus holds at least {@code scrapes} successful scrapes of {@code job}. */
    void awaitScrapes(String job, int scrapes) throws IOException, InterruptedException {
        String query = "count_over_time(up{job=\"%s\"}[5m]) >= %d and up{job=\"%s\"} == 1".formatted(job, scrapes, job);
        for (int attempt = 0; attempt < 300; attempt++) {
            if (!query(query).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException("prometheus did not scrape " + job + " " + scrapes + " times; targets: " + get("/api/v1/targets"));
    }

    /** The result vector of an instant query; a query Prometheus refuses throws with its error. */
    List<JsonNode> query(String promql) throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)));
        if (!"success".equals(answer.path("status").asString())) {
            throw new PromQlException(promql, answer.path("errorType").asString() + ": " + answer.path("error").asString());
        }
        JsonNode data = answer.path("data");
        List<JsonNode> result = new ArrayList<>();
        if (data.path("resultType").asString().equals("scalar")) {
            result.add(data.path("result"));
        } else {
            data.path("result").forEach(result::add);
        }
        return result;
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Prometheus refused a query. */
    static final class PromQlException extends IOException {
        PromQlException(String query, String error) {
            super("query " + query + " failed: " + error);
        }
    }
}
