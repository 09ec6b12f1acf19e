package org.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Bad {@code kiosk.passport.*} settings stop the start with a message naming the key. */
@ExtendWith(OutputCaptureExtension.class)
class PassportConfigurationTest {

    private static void start(String... args) {
        SpringApplication app = new SpringApplication(KioskApplication.class);
        String[] all = new String[args.length + 2];
        all[0] = "--spring.main.keep-alive=false";
        all[1] = "--kiosk.print-sample-on-start=false";
        System.arraycopy(args, 0, all, 2, args.length);
        app.run(all).close();
    }

    @Test
    void aReaderPatternThatIsNoRegularExpression(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.passport.reader=Virtual(")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.passport.reader is not a valid regular expression");
    }

    @Test
    void aChipWaitThatIsNotPositive(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.passport.chip-wait=0s")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.passport.chip-wait must be positive");
    }

    @Test
    void aMissingTrustStore(CapturedOutput output, @TempDir Path dir) {
        assertThatThrownBy(() -> start("--kiosk.passport.enabled=true", "--kiosk.passport.csca-store=" + dir.resolve("none")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.passport.csca-store: nothing at");
    }

    @Test
    void anUnreadableTrustStore(CapturedOutput output, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("csca.pem"), "not a certificate");
        assertThatThrownBy(() -> start("--kiosk.passport.enabled=true", "--kiosk.passport.csca-store=" + dir))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.passport.csca-store: cannot read CSCA certificate");
    }

    @Test
    void aMissingPcscLibrary(CapturedOutput output, @TempDir Path dir) {
        assertThatThrownBy(() -> start("--kiosk.passport.enabled=true", "--kiosk.passport.pcsc-library=" + dir.resolve("libpcsclite.so.1")))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.passport.pcsc-library: no readable file");
    }
}
