package org.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad setting stops the start with a message that names the key and what is allowed. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTest {

    private static void start(String... args) {
        SpringApplication app = new SpringApplication(KioskApplication.class);
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.keep-alive=false";
        all[1] = "--kiosk.print-sample-on-start=false";
        // the platform simulator on the test class path brings a servlet container the kiosk does not use
        all[2] = "--spring.main.web-application-type=none";
        System.arraycopy(args, 0, all, 3, args.length);
        app.run(all).close();
    }

    @Test
    void unknownConnectionNamesTheKeyAndTheAllowedValues(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.printer.connection=usb")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.printer.connection").contains("SERIAL").contains("SIMULATED").contains("TCP");
    }

    @Test
    void serialWithoutAPortNamesTheMissingKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.printer.connection=serial")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.printer.serial-port is required");
    }

    @Test
    void unknownProfileListsTheProfiles(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.printer.connection=tcp", "--kiosk.printer.tcp-address=127.0.0.1:9100",
                "--kiosk.printer.profile=epson")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("unknown printer profile 'epson'").contains("generic-80mm");
    }

    @Test
    void badTcpAddressSaysTheExpectedForm(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.printer.connection=tcp", "--kiosk.printer.tcp-address=printer"))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.printer.tcp-address must be HOST:PORT");
    }

    @Test
    void screenTimeoutsBelowTheAccessibleMinimumsAreRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.ui.warning-countdown=10s")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.ui.warning-countdown must be at least 20s");
        assertThatThrownBy(() -> start("--kiosk.ui.max-extensions=3")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.ui.max-extensions must be at least 10");
    }

    @Test
    void outboxBackoffCapBelowItsBaseNamesBothKeys(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.outbox.backoff-base=10s", "--kiosk.outbox.backoff-cap=1s"))
                .isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.outbox.backoff-cap must be at least kiosk.outbox.backoff-base");
    }

    @Test
    void badSpeechSettingsNameTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.speech.enabled=sometimes")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.speech.enabled must be auto, true or false, got 'sometimes'");
    }

    @Test
    void negativeOutboxRetentionIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.outbox.retention=-1d")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.outbox.retention must be zero or more");
    }

    @Test
    void badScannerSettingsNameTheKeyAndTheAllowedValues(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.qr.suffix=TAB")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.suffix must be CR, LF, CRLF or ETX");
        assertThatThrownBy(() -> start("--kiosk.qr.charset-fallback=big5")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.charset-fallback must be none or gb18030");
        assertThatThrownBy(() -> start("--kiosk.qr.max-length=0")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.max-length must be 1 to 65536");
        assertThatThrownBy(() -> start("--kiosk.qr.prefix=STX")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.prefix must be empty or 1 to 8 bytes in hex");
        assertThatThrownBy(() -> start("--kiosk.qr.baud-rate=1000")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.baud-rate must be one of");
        assertThatThrownBy(() -> start("--kiosk.qr.connection=serial")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.qr.serial-port is required");
    }

    @Test
    void badCentreAndAppointmentSettingsNameTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.centre.hours.working-days=9-17")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.centre.hours.working-days: ");
        assertThatThrownBy(() -> start("--kiosk.centre.matters.id-card-renewal=soon")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.centre.matters.id-card-renewal: 'soon'");
        assertThatThrownBy(() -> start("--kiosk.appointments.grace-minutes=late")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.appointments.grace-minutes: ");
    }

    @Test
    void aCatalogueRefreshIntervalThatIsNoDurationOrTooShortIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("--kiosk.catalogue.refresh-interval=hourly")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.catalogue.refresh-interval: 'hourly' is not an ISO-8601 duration, e.g. PT1H");
        assertThatThrownBy(() -> start("--kiosk.catalogue.refresh-interval=PT10S")).isInstanceOf(RuntimeException.class);
        assertThat(output.getAll()).contains("kiosk.catalogue.refresh-interval: at least PT1M, got PT10S");
    }
}
