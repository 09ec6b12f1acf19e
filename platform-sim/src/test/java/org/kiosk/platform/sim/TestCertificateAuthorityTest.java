package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.client.PlatformException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's CA across restarts of one data folder: what a kiosk enrolled before holds stays valid. */
class TestCertificateAuthorityTest {

    private static final char[] PASSWORD = "kiosk-store".toCharArray();

    @Test
    void aRestartedSimulatorKeepsItsCaAndEnrolsWithIt(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform");
        Path first = enrolledOnce(data, dir.resolve("a.p12"));
        assertThat(Files.getPosixFilePermissions(data.resolve(TestCertificateAuthority.SERVER_KEY)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (PlatformSimulator simulator = start(data)) {
            assertThat(simulator.client(first, PASSWORD).build().matters()).isNotEmpty();
            Path second = simulator.enrolKiosk("kiosk-b", dir.resolve("b.p12"), PASSWORD);
            assertThat(simulator.client(second, PASSWORD).build().matters()).isNotEmpty();
        }
    }

    @Test
    void aDataFolderWithoutTheServersPemFilesGetsThemFromTheSameCa(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform");
        Path enrolled = enrolledOnce(data, dir.resolve("a.p12"));
        String before = Files.readString(data.resolve(TestCertificateAuthority.SERVER_CERTIFICATE));
        Files.delete(data.resolve(TestCertificateAuthority.SERVER_CERTIFICATE));
        Files.delete(data.resolve(TestCertificateAuthority.SERVER_KEY));
        try (PlatformSimulator simulator = start(data)) {
            assertThat(Files.readString(data.resolve(TestCertificateAuthority.SERVER_CERTIFICATE))).isNotEqualTo(before);
            assertThat(simulator.client(enrolled, PASSWORD).build().matters()).isNotEmpty();
        }
    }

    @Test
    void anUnreadableCaStoreRefusesEnrolmentOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("platform");
        Path enrolled = enrolledOnce(data, dir.resolve("a.p12"));
        Files.write(data.resolve(TestCertificateAuthority.CA_STORE), new byte[]{0x30, 0x03, 0x02, 0x01});
        try (PlatformSimulator simulator = start(data)) {
            assertThat(simulator.client(enrolled, PASSWORD).build().matters()).isNotEmpty();
            assertThatThrownBy(() -> simulator.enrolKiosk("kiosk-b", dir.resolve("b.p12"), PASSWORD))
                    .isInstanceOf(PlatformException.class).hasMessageContaining("500");
            assertThat(dir.resolve("b.p12")).doesNotExist();
        }
    }

    /** A simulator's first start on {@code data}, kiosk-a enrolled with it, then stopped: its key store. */
    private static Path enrolledOnce(Path data, Path keyStore) throws IOException, PlatformException {
        try (PlatformSimulator simulator = start(data)) {
            return simulator.enrolKiosk("kiosk-a", keyStore, PASSWORD);
        }
    }

    private static PlatformSimulator start(Path data) throws IOException {
        return PlatformSimulator.start(PlatformSimulator.Options.forTest(data));
    }
}
