package org.kiosk.app.ops;

import org.kiosk.device.Device;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.idcard.IdCardDetail;
import org.kiosk.device.printer.PrinterDetail;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * One device's health from its latest status, never asking the device itself: {@code UP} while it can serve
 * (online, busy, or waiting for the citizen), {@code OUT_OF_SERVICE} while staff must clear something (paper out,
 * cover open, offline), {@code DOWN} while it is unreachable or broken. Details name the state, the error code and who
 * must act, and the printer's paper and cover: never anything read from a document.
 */
public final class DeviceHealthIndicator implements HealthIndicator {

    private final Device device;

    public DeviceHealthIndicator(Device device) {
        this.device = device;
    }

    @Override
    public Health health() {
        DeviceStatus status = device.status();
        Health.Builder health = new Health.Builder(statusOf(status))
                .withDetail("kind", Labels.of(device.kind()))
                .withDetail("state", Labels.of(status.state()));
        status.error().ifPresent(error -> health.withDetail("error", Labels.of(error.name()))
                .withDetail("action", Labels.of(error.action()))
                .withDetail("description", error.description()));
        switch (status.detail()) {
            case PrinterDetail printer -> health.withDetail("paper", Labels.of(printer.paper()))
                    .withDetail("cover", Labels.of(printer.cover()));
            case IdCardDetail reader -> health.withDetail("card", Labels.of(reader.card()));
            default -> {
            }
        }
        return health.build();
    }

    static Status statusOf(DeviceStatus status) {
        return switch (status.state()) {
            case ONLINE, BUSY, USER_ERROR -> Status.UP;
            case OFFLINE -> Status.OUT_OF_SERVICE;
            case NO_DEVICE, HARDWARE_ERROR -> Status.DOWN;
        };
    }
}
