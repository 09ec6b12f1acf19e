package org.kiosk.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.Device;
import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.StatusEvent;

/**
 * Each device's state as one 0/1 gauge per state ({@code kiosk_device_state{device,kind,state}}), the action its
 * current error asks for ({@code kiosk_device_action_required{device,action}}), and every error it reports, counted
 * from its status events by code and by who must act ({@code kiosk_device_errors_total{device,error,action}}).
 */
public final class DeviceMetrics implements MeterBinder, AutoCloseable {

    private final List<Device> devices;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    public DeviceMetrics(List<? extends Device> devices) {
        this.devices = List.copyOf(devices);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Device device : devices) {
            for (DeviceState state : DeviceState.values()) {
                Gauge.builder("kiosk.device.state", device, d -> d.status().state() == state ? 1 : 0)
                        .description("1 for the device's current state, 0 for the others")
                        .tag("device", device.id()).tag("kind", Labels.of(device.kind())).tag("state", Labels.of(state))
                        .register(registry);
            }
            for (ErrorAction action : ErrorAction.values()) {
                Gauge.builder("kiosk.device.action.required", device,
                                d -> d.status().error().map(DeviceErrorCode::action).filter(action::equals).isPresent() ? 1 : 0)
                        .description("1 while the device's current error waits for this party to act")
                        .tag("device", device.id()).tag("action", Labels.of(action))
                        .register(registry);
            }
            subscriptions.add(device.addStatusListener(event -> countNewError(registry, event)));
            // an error present before the listener was added would otherwise never be counted
            device.status().error().ifPresent(error -> errorCounter(registry, device.id(), error).increment());
        }
    }

    /** Counts an error when it appears, not on every status change that still carries it. */
    private static void countNewError(MeterRegistry registry, StatusEvent event) {
        Optional<DeviceErrorCode> now = event.current().error();
        if (now.isPresent() && !now.equals(event.previous().error())) {
            errorCounter(registry, event.deviceId(), now.get()).increment();
        }
    }

    private static Counter errorCounter(MeterRegistry registry, String deviceId, DeviceErrorCode error) {
        return Counter.builder("kiosk.device.errors")
                .description("Errors the device reported, by error code and by who must act")
                .tag("device", deviceId).tag("error", Labels.of(error.name())).tag("action", Labels.of(error.action()))
                .register(registry);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable subscription : subscriptions) {
            subscription.close();
        }
        subscriptions.clear();
    }
}
