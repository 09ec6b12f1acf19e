package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.code.CodeClaims.CaseTrackingCode;
import org.kiosk.platform.code.CodeClaims.Issued;
import org.kiosk.platform.code.CodeSigner;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.SigningKey;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.qr.Specimens;
import org.kiosk.sim.qr.Suffix;
import org.kiosk.sim.tools.ExternalTools;
import tools.jackson.databind.json.JsonMapper;

/** kioskctl qr listen as a technician runs it, against the scanner emulator over a socat pty pair. */
class QrListenCommandTest {

    /** Far beyond any wait the command is told to make: only a hang runs into it. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PtyPair pty;
    private QrScannerEmulator emulator;

    @AfterEach
    void unplugEverything() {
        if (emulator != null) {
            emulator.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private String scannerOnPty(UnaryOperator<QrScannerEmulator.Builder> settings) throws IOException {
        ExternalTools.require("socat", "socat");
        pty = PtyPair.start();
        emulator = settings.apply(QrScannerEmulator.builder().serial(pty.devicePath())).build();
        emulator.start();
        return pty.hostPath().toString();
    }

    /**
     * Runs {@code qr listen}; {@code first} is scanned again and again, as a code held under the scanner, until the
     * command has printed it (so the port was open), then {@code rest} is scanned once.
     */
    private Outcome listen(Runnable first, Runnable rest, String port, String... options) {
        List<String> args = new ArrayList<>(List.of("qr", "listen", "--port", port));
        args.addAll(List.of(options));
        return assertTimeoutPreemptively(HANG, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> KioskCtl.run(new PrintWriter(out, true),
                    new PrintWriter(err, true), args.toArray(String[]::new)));
            while (!run.isDone() && !out.toString().contains("\"scan\":") && !out.toString().contains("scan=")) {
                first.run();
                Thread.sleep(100);
            }
            rest.run();
            return new Outcome(run.get(), out.toString(), err.toString());
        });
    }

    private Outcome listenQuietly(String port, String... options) {
        return listen(() -> { }, () -> { }, port, options);
    }

    private static List<Map<String, Object>> jsonLines(Outcome r) {
        assertSucceeded(r);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(JSON.readValue(line, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
        }
        return lines;
    }

    @Test
    void textCodesAreReportedByLengthOnly() throws Exception {
        String port = scannerOnPty(UnaryOperator.identity());
        Outcome r = listen(() -> emulator.scan("GD-CASE-2026-000123"), () -> emulator.scan("预约 A-17"), port,
                "--count", "2", "--timeout", "10s", "--json");
        List<Map<String, Object>> scans = jsonLines(r);
        assertThat(scans).hasSize(2);
        assertThat(scans.get(0)).containsEntry("scan", 1).containsEntry("kind", "TEXT").containsEntry("length", 19)
                .containsEntry("charset", "UTF-8").doesNotContainKey("text");
        assertThat(scans.get(1)).containsEntry("length", 7);
        assertThat(r.out()).doesNotContain("GD-CASE", "预约");
    }

    @Test
    void signedCodesAreVerifiedAgainstThePublishedKeys(@TempDir Path dir) throws Exception {
        SigningKey platformKey = SigningKey.generate("platform-1");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CaseTrackingCode claims = new CaseTrackingCode(new Issued("gd-platform", "case-1", now, now,
                now.plus(365, ChronoUnit.DAYS)), "GD2026030200123");
        String genuine = new CodeSigner(platformKey).sign(claims.toClaims());
        String forged = new CodeSigner(SigningKey.generate("platform-1")).sign(claims.toClaims());
        Path keys = Files.writeString(dir.resolve("jwks.json"), new JwkSet(List.of(platformKey.publicEntry())).toJson());
        String port = scannerOnPty(UnaryOperator.identity());

        Outcome r = listen(() -> emulator.scan(genuine), () -> emulator.scan(forged), port, "--count", "2",
                "--timeout", "10s", "--json", "--keys", keys.toString(), "--issuer", "gd-platform");

        List<Map<String, Object>> scans = jsonLines(r);
        assertThat(scans.get(0)).containsEntry("kind", "CASE_TRACKING").containsEntry("status", "VALID");
        assertThat(scans.get(1)).containsEntry("kind", "TEXT").containsEntry("status", "REJECTED")
                .containsEntry("rejection", "BAD_SIGNATURE");
        assertThat(r.out()).doesNotContain(genuine, forged, "GD2026030200123");
    }

    @Test
    void revealShowsTheCode() throws Exception {
        String port = scannerOnPty(b -> b.suffix(Suffix.CRLF));
        Outcome r = listen(() -> emulator.scan("GD-CASE-2026-000123"), () -> { }, port,
                "--suffix", "crlf", "--count", "1", "--timeout", "10s", "--json", "--reveal");
        assertThat(jsonLines(r).getFirst()).containsEntry("text", "GD-CASE-2026-000123");
    }

    @Test
    void zonesShowFormatAndCheckDigitsWithPersonalFieldsMasked() throws Exception {
        String port = scannerOnPty(UnaryOperator.identity());
        String line = Specimens.TD3.get(1);
        Outcome r = listen(() -> emulator.burst(Specimens.TD3),
                () -> emulator.burst(List.of(Specimens.TD3.get(0), line.substring(0, 27) + "0" + line.substring(28))), port, "--count", "2", "--timeout", "10s", "--json");
        List<Map<String, Object>> scans = jsonLines(r);
        assertThat(scans.get(0)).containsEntry("kind", "MRZ").containsEntry("format", "TD3")
                .containsEntry("checkDigits", "pass").containsEntry("documentNumber", "L8*****C3")
                .containsEntry("birthDate", "74****");
        assertThat(scans.get(1)).containsEntry("kind", "MRZ").containsEntry("checkDigits", "fail")
                .containsEntry("reason", "CHECK_DIGIT").containsEntry("field", "expiryDate");
        assertThat(r.out()).doesNotContain("ERIKSSON", "ANNA", "L898902C3", "740812");
    }

    @Test
    void plainOutputIsOneLinePerScan() throws Exception {
        String port = scannerOnPty(b -> b.prefix(new byte[] {0x02}).suffix(Suffix.ETX));
        Outcome r = listen(() -> emulator.scan("HELLO"), () -> { }, port,
                "--prefix", "02", "--suffix", "ETX", "--count", "1", "--timeout", "10s");
        assertSucceeded(r);
        assertThat(r.out()).isEqualTo("Listening on " + port + "; scan a code...\n"
                + "scan=1  kind=TEXT  length=5  charset=UTF-8\n");
    }

    @Test
    void tooLongAndUnreadableCodesAreReported() throws Exception {
        String port = scannerOnPty(UnaryOperator.identity());
        Outcome r = listen(() -> emulator.scan("READY"), () -> {
            emulator.scan("X".repeat(40));
            emulator.scanBytes(new byte[] {'A', (byte) 0xFF, 'B'});
        }, port, "--max-length", "16", "--count", "3", "--timeout", "10s", "--json");
        List<Map<String, Object>> scans = jsonLines(r);
        assertThat(scans.get(1)).containsEntry("kind", "UNREADABLE").containsEntry("error", "TOO_LONG");
        assertThat(scans.get(2)).containsEntry("kind", "UNREADABLE").containsEntry("error", "NOT_TEXT");
    }

    @Test
    void withoutACountItListensUntilTheTimeout() throws Exception {
        String port = scannerOnPty(UnaryOperator.identity());
        Outcome r = listenQuietly(port, "--timeout", "300ms", "--json");
        assertSucceeded(r);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void fewerScansThanCountedFailsInOneLine() throws Exception {
        String port = scannerOnPty(UnaryOperator.identity());
        Outcome r = listenQuietly(port, "--count", "1", "--timeout", "300ms", "--json");
        assertFailedInOneLine(r, "0 of 1 scans within 300 ms");
    }

    @Test
    void anAbsentPortFailsInOneLine() {
        Outcome r = assertTimeoutPreemptively(HANG, () -> kioskctl("qr", "listen", "--port", "/dev/does-not-exist-qr",
                "--connect-timeout", "300ms"));
        assertFailedInOneLine(r, "QR scanner not reachable");
    }

    @Test
    void usageErrors() {
        assertUsageError(kioskctl("qr", "listen"), "--port");
        assertUsageError(kioskctl("qr", "listen", "--port", "/dev/x", "--suffix", "TAB"), "--suffix");
        assertUsageError(kioskctl("qr", "listen", "--port", "/dev/x", "--count", "0"), "--count");
        assertUsageError(kioskctl("qr", "listen", "--port", "/dev/x", "--prefix", "zz"), "--prefix");
        assertUsageError(kioskctl("qr", "listen", "--port", "/dev/x", "--max-length", "0"), "--max-length");
        assertUsageError(kioskctl("qr", "listen", "--port", "/dev/x", "--timeout", "0s"), "--timeout");
    }
}
