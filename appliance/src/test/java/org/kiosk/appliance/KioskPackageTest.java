package org.kiosk.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.tools.NotifySocket;

/**
 * Builds the kiosk's Debian package with scripts/package, checks its contents, metadata and systemd unit, then
 * unpacks it into a throwaway root and starts the unpacked launcher headless on simulated devices until it is ready
 * and feeds its watchdog.
 */
class KioskPackageTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private static Path deb;
    private static Map<String, Entry> entries;

    @TempDir
    static Path installRoot;

    /** One line of {@code dpkg-deb -c}: mode, owner/group, path (without the leading dot). */
    record Entry(String mode, String owner, String path) {
    }

    @BeforeAll
    static void buildPackage() throws Exception {
        Path log = Files.createTempFile("kiosk-package", ".log");
        long started = System.nanoTime();
        Process build = new ProcessBuilder(ROOT.resolve("scripts/package").toString()).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).as("scripts/package finishes").isTrue();
        List<String> output = Files.readAllLines(log);
        assertThat(build.exitValue()).as("scripts/package: %s", String.join("\n", output)).isZero();
        deb = Path.of(output.getLast());
        System.out.printf("scripts/package built %s (%.1f MB) in %.1f s%n", deb.getFileName(),
                Files.size(deb) / 1e6, (System.nanoTime() - started) / 1e9);
        Files.delete(log);

        entries = new HashMap<>();
        for (String line : run("dpkg-deb", "-c", deb.toString()).lines().toList()) {
            String[] fields = line.split("\\s+", 6);
            String path = fields[5].replaceFirst("^\\./", "/").replaceFirst(" -> .*", "");
            entries.put(path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path,
                    new Entry(fields[0], fields[1], path));
        }
        run("dpkg", "-x", deb.toString(), installRoot.toString());
    }

    @Test
    void containsTheApplicationItsRuntimeLaunchersUnitConfigurationAndRules() {
        assertThat(entries).containsKeys("/opt/kiosk/lib/kiosk-app.jar", "/opt/kiosk/lib/kioskctl.jar",
                "/etc/kiosk/kiosk.yml", "/etc/kiosk/environment", "/etc/pam.d/kiosk",
                "/lib/systemd/system/kiosk.service", "/lib/udev/rules.d/70-kiosk.rules");
        for (String program : List.of("/usr/bin/kioskctl", "/usr/lib/kiosk/kiosk-launch", "/opt/kiosk/runtime/bin/java")) {
            assertThat(entries.get(program)).as(program).extracting(Entry::mode).isEqualTo("-rwxr-xr-x");
        }
        assertThat(entries.get("/lib/systemd/system/kiosk.service").mode()).isEqualTo("-rw-r--r--");
        assertThat(entries.get("/etc/kiosk/kiosk.yml").mode()).isEqualTo("-rw-r--r--");
        // the application unpacked, its libraries as plain jars, for the launcher's class data archive
        assertThat(entries.keySet()).anyMatch(path -> path.matches("/opt/kiosk/lib/kiosk-app-lib/spring-core-.*\\.jar"));
        assertThat(entries.values()).filteredOn(entry -> !entry.owner().equals("root/root")).isEmpty();
        // symbolic links (the runtime's legal notices) always show rwxrwxrwx; what they point to is checked itself
        assertThat(entries.values()).filteredOn(entry -> !entry.mode().startsWith("l"))
                .filteredOn(entry -> entry.mode().charAt(8) == 'w' || entry.mode().matches(".*[sS].*")).isEmpty();
        // the data folder is made by postinst for the kiosk user, not shipped owned by root
        assertThat(entries).doesNotContainKey("/var/lib/kiosk");
    }

    @Test
    void metadataDeclaresDependenciesConffilesAndMaintainerScripts() throws Exception {
        String fields = run("dpkg-deb", "-f", deb.toString());
        assertThat(fields).contains("Package: kiosk", "Architecture: amd64");
        String depends = run("dpkg-deb", "-f", deb.toString(), "Depends");
        assertThat(depends.split(",\\s*")).extracting(String::trim)
                .contains("pcscd", "cage", "xwayland", "fonts-noto-cjk", "fonts-wqy-microhei", "adduser", "socat");
        // speech output is for kiosks with audio: the kiosk runs (silently) without the synthesiser
        assertThat(run("dpkg-deb", "-f", deb.toString(), "Recommends").trim()).isEqualTo("espeak-ng");

        Path control = Files.createTempDirectory(installRoot, "DEBIAN");
        run("dpkg-deb", "-e", deb.toString(), control.toString());
        assertThat(Files.readAllLines(control.resolve("conffiles")))
                .contains("/etc/kiosk/kiosk.yml", "/etc/kiosk/environment", "/etc/pam.d/kiosk");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Files.getPosixFilePermissions(control.resolve(script))).as(script)
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            run("sh", "-n", control.resolve(script).toString());
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("adduser --system --group --home /var/lib/kiosk",
                "install -d -m 0700 /var/lib/kiosk", "chown kiosk:kiosk /var/lib/kiosk", "chmod 0700 /var/lib/kiosk",
                "systemctl enable kiosk.service");
    }

    @Test
    void unitRestartsIsWatchedRunsUnprivilegedAndPassesSystemdAnalyzeVerify() throws Exception {
        Path unit = installRoot.resolve("lib/systemd/system/kiosk.service");
        List<String> lines = Files.readAllLines(unit);
        assertThat(lines).contains("Type=notify", "NotifyAccess=all", "Restart=always", "User=kiosk",
                "StateDirectoryMode=0700", "NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes",
                "ExecStart=/usr/bin/cage -- /usr/lib/kiosk/kiosk-launch");
        assertThat(lines).anyMatch(l -> l.matches("WatchdogSec=\\d+s"));
        assertThat(lines).anyMatch(l -> l.startsWith("Wants=") && l.contains("pcscd.socket"));
        assertThat(lines).anyMatch(l -> l.startsWith("After=") && l.contains("pcscd.socket"));
        assertThat(lines).anyMatch(l -> l.startsWith("ReadWritePaths=") && l.contains("/var/lib/kiosk"));
        // each of these limits the devices to a list, leaving cage without display and touchscreen
        assertThat(lines).noneMatch(l -> l.matches("(DeviceAllow|DevicePolicy|PrivateDevices|ProtectClock)=.*"));

        // systemd-analyze warns about unknown keys and bad values on its output but still exits 0: both are checked
        Process verify = new ProcessBuilder("systemd-analyze", "verify", "--man=no", unit.toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(output).as("systemd-analyze verify").isEmpty();
        assertThat(verify.exitValue()).as("systemd-analyze verify: %s", output).isZero();
    }

    @Test
    void unpackedKioskctlRunsOnTheBundledRuntime() throws Exception {
        String help = run(installRoot.resolve("usr/bin/kioskctl").toString(), "--help");
        assertThat(help).contains("Provision and diagnose a government self-service kiosk");
    }

    @Test
    void unpackedLauncherStartsTheKioskHeadlessToReadyAndFeedsTheWatchdog(@TempDir Path work) throws Exception {
        int port = freePort();
        Path data = work.resolve("data");
        try (NotifySocket notify = new NotifySocket(work.resolve("notify"))) {
            ProcessBuilder launcher = new ProcessBuilder(installRoot.resolve("usr/lib/kiosk/kiosk-launch").toString(),
                    "--headless", "--serve", "--kiosk.data-dir=" + data, "--kiosk.output-dir=" + work.resolve("out"),
                    "--management.server.port=" + port)
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("kiosk.log").toFile());
            launcher.environment().put("NOTIFY_SOCKET", notify.path().toString());
            launcher.environment().put("WATCHDOG_USEC", "2000000");
            long started = System.nanoTime();
            Process kiosk = launcher.start();
            try {
                assertThat(notify.await("READY=1", 1, START_TIMEOUT))
                        .as("READY=1; the kiosk's log: %s", tail(work.resolve("kiosk.log"))).isTrue();
                System.out.printf("the unpacked kiosk was ready %.1f s after its launch%n",
                        (System.nanoTime() - started) / 1e9);
                HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(200);
                assertThat(readiness.body()).startsWith("{").contains("\"status\":\"UP\"");
                // the configuration is the package's /etc/kiosk/kiosk.yml, read from the unpacked root
                assertThat(get(port, "/actuator/prometheus").body()).contains("kiosk=\"kiosk-unconfigured\"");
                assertThat(notify.await("WATCHDOG=1", 2, Duration.ofSeconds(30))).isTrue();
                assertThat(Files.getPosixFilePermissions(data.resolve("outbox-key.p12")))
                        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
                // logs go to standard output (the journal) only
                assertThat(work.resolve("kiosk-logs")).doesNotExist();
            } finally {
                kiosk.destroy();
                if (!kiosk.waitFor(30, TimeUnit.SECONDS)) {
                    kiosk.destroyForcibly().waitFor();
                }
            }
            assertThat(notify.await("STOPPING=1", 1, Duration.ofSeconds(10))).isTrue();
        }
        // the class data archive for the next start, made when the kiosk stopped, in its working (state) folder
        assertThat(work.resolve("kiosk-app.jsa")).isNotEmptyFile();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Runs a command to its end and gives its output; a non-zero exit fails the test with that output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output;
    }
}
