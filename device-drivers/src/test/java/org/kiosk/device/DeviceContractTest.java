package org.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.CoverState;

class DeviceContractTest {

    @Test
    void errorsSayWhatWentWrongAndWhoFixesIt() {
        DeviceException e = new DeviceException("printer", PrinterError.PAPER_OUT, "job refused, nothing sent");
        assertThat(e.action()).isEqualTo(ErrorAction.CLEAR);
        assertThat(e.getMessage()).isEqualTo("printer: PAPER_OUT - " + PrinterError.PAPER_OUT.description() + " (job refused, nothing sent)");
        assertThat(new DeviceException("printer", PrinterError.CUTTER_ERROR, null).action()).isEqualTo(ErrorAction.MAINTENANCE);
    }

    @Test
    void identityFillsWhatTheDeviceDoesNotTell() {
        DeviceIdentity id = DeviceIdentity.of("generic-80mm", "tcp://192.0.2.10:9100");
        assertThat(id.serialNumber()).isEqualTo(DeviceIdentity.UNKNOWN);
        assertThat(id.firmware()).isEqualTo(DeviceIdentity.UNKNOWN);
    }

    @Test
    void publisherPushesChangesOnlyAndSurvivesAFailingListener() throws Exception {
        StatusPublisher p = new StatusPublisher("printer", DeviceKind.RECEIPT_PRINTER, DeviceStatus.noDevice(), Clock.systemUTC());
        List<StatusEvent> seen = new CopyOnWriteArrayList<>();
        p.add(e -> {
            throw new IllegalStateException("listener bug");
        });
        AutoCloseable handle = p.add(seen::add);
        DeviceStatus online = DeviceStatus.of(DeviceState.ONLINE, new PrinterDetail(PaperState.FULL, CoverState.CLOSED));
        p.publish(online);
        p.publish(online);
        p.publish(DeviceStatus.of(DeviceState.ONLINE, new PrinterDetail(PaperState.LOW, CoverState.CLOSED)));
        handle.close();
        p.publish(DeviceStatus.noDevice());

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).previous().state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThat(seen.get(0).current()).isEqualTo(online);
        assertThat(((PrinterDetail) seen.get(1).current().detail()).paper()).isEqualTo(PaperState.LOW);
        assertThat(p.current().state()).isEqualTo(DeviceState.NO_DEVICE);
    }

    @Test
    void printerProfilesAreFoundByNameOrTheAllowedNamesAreListed() {
        assertThat(PrinterProfile.byName("generic-58mm").paperWidthDots()).isEqualTo(384);
        assertThatThrownBy(() -> PrinterProfile.byName("epson"))
                .hasMessage("unknown printer profile 'epson'; allowed: generic-80mm, generic-80mm-raster-qr, generic-58mm, cn-80mm-swapped-sensors");
    }
}
