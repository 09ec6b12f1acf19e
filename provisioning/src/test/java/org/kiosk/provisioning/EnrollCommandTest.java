package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.platform.sim.PlatformSimulator;
import org.kiosk.provisioning.config.KioskConfigFile;

/** kioskctl enroll against the platform simulator started in-process, over TLS. */
class EnrollCommandTest {

    @TempDir
    static Path platformData;

    @TempDir
    Path dir;

    private static PlatformSimulator platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformSimulator.start(PlatformSimulator.Options.forTest(platformData));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static String caPem() {
        return platformData.resolve("ca.pem").toString();
    }

    private KioskCtlRuns.Outcome enroll(String key, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("enroll", "--json", "--platform", platform.uri().toString(),
                "--provisioning-key", key, "--platform-ca", caPem(), "--config", dir.resolve("kiosk.yml").toString(),
                "--data-dir", dir.resolve("data").toString()));
        args.addAll(List.of(more));
        return kioskctl(args.toArray(String[]::new));
    }

    private PlatformClient mutualTlsClient() throws Exception {
        KioskConfigFile config = KioskConfigFile.read(dir.resolve("kiosk.yml"));
        char[] password = config.get("kiosk.platform.key-store-password").orElseThrow().toCharArray();
        return PlatformClient.builder(platform.uri()).mutualTls(Path.of(config.get("kiosk.platform.key-store").orElseThrow()), password,
                Path.of(config.get("kiosk.platform.trust-store").orElseThrow()), password).build();
    }

    private void configured() {
        KioskCtlRuns.assertSucceeded(kioskctl("configure", "--config", dir.resolve("kiosk.yml").toString(), "--kiosk-id", "gd-sz-0042",
                "--site", "石门村党群服务中心", "--site-code", "sz-nanshan-shimen-01", "--region", "CN", "--service-centre", "SZ-NS-01", "--platform", platform.uri().toString(),
                "--data-dir", dir.resolve("data").toString()));
    }

    @Test
    void theStoredCertificateWorksForMutualTlsAndTheConfigurationNamesIt() throws Exception {
        configured();

        Map<String, Object> enrolled = succeededWithJson(enroll(platform.provisioningKey()));

        assertThat(enrolled).containsEntry("subject", "CN=gd-sz-0042").containsEntry("configUpdated", true);
        assertThat((String) enrolled.get("sha256Fingerprint")).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(Instant.parse((String) enrolled.get("notAfter"))).isAfter(Instant.now());
        assertThat(dir.resolve("data/kiosk.p12")).isRegularFile();
        HeartbeatAck ack = mutualTlsClient().heartbeat(new Heartbeat(Instant.now(), "test", List.of(), 0));
        assertThat(ack.kioskId()).isEqualTo("gd-sz-0042");
        assertThat(Files.readString(dir.resolve("kiosk.yml"))).contains("url: \"" + platform.uri());
    }

    @Test
    void reRunningRotatesTheCertificateAndTheNewOneWorks() throws Exception {
        configured();
        Map<String, Object> first = succeededWithJson(enroll(platform.provisioningKey()));

        Map<String, Object> second = succeededWithJson(enroll(platform.provisioningKey()));

        assertThat(second.get("sha256Fingerprint")).isNotEqualTo(first.get("sha256Fingerprint"));
        assertThat(mutualTlsClient().heartbeat(new Heartbeat(Instant.now(), "test", List.of(), 0)).kioskId()).isEqualTo("gd-sz-0042");
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kiosk.p12", "platform-trust.p12");
        }
    }

    @Test
    void aWrongProvisioningKeyIsRefusedInOneLineAndNothingIsStored() {
        configured();

        assertFailedInOneLine(enroll("not-the-key"), "enrolment of gd-sz-0042", "provisioning-key-invalid");
        assertThat(dir.resolve("data/kiosk.p12")).doesNotExist();
    }

    @Test
    void withoutConfigurationTheKioskIdMustBeGiven() {
        assertFailedInOneLine(enroll(platform.provisioningKey()), "no kiosk id", "--kiosk-id");

        Map<String, Object> enrolled = succeededWithJson(enroll(platform.provisioningKey(), "--kiosk-id", "gd-sz-0043"));
        assertThat(enrolled).containsEntry("subject", "CN=gd-sz-0043").containsEntry("configUpdated", false);
    }

    @Test
    void aPlainHttpPlatformIsAUsageError() {
        assertUsageError(kioskctl("enroll", "--platform", "http://platform.example", "--provisioning-key", "k",
                "--platform-ca", caPem(), "--kiosk-id", "x"), "--platform", "https://");
    }
}
