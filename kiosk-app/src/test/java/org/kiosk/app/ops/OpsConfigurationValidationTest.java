package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kiosk.app.KioskApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad operations setting stops the start with a message that names the key and what is allowed. */
@ExtendWith(OutputCaptureExtension.class)
class OpsConfigurationValidationTest {

    private static void start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.keep-alive=false";
        all[1] = "--kiosk.print-sample-on-start=false";
        all[2] = "--management.server.port=0";
        System.arraycopy(args, 0, all, 3, args.length);
        new SpringApplication(KioskApplication.class).run(all).close();
    }

    @Test
    void aRequiredDeviceTheKioskDoesNotHaveIsNamedWithTheDevicesItHas(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.ops.required-devices=printer,scanner")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.ops.required-devices names 'scanner', which is not a device of this kiosk")
                .contains("its devices are fingerprint, idcard, printer");
    }

    @Test
    void aSiteWithSpacesIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.ops.site=Tianhe centre")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.ops.site must be 1 to 64 letters, digits");
    }

    @Test
    void aPlatformUrlOverHttpsWithoutTheEnrolmentStoresIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.platform.url=https://platform.example:8443")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("an https kiosk.platform.url needs kiosk.platform.key-store");
    }

    @Test
    void aPlatformUrlThatIsNotHttpIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.platform.url=ftp://platform.example")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.platform.url must be https://");
    }
}
