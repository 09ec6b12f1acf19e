package org.kiosk.device;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds a device's current status and pushes each change to its listeners. */
public final class StatusPublisher {

    private static final Logger log = LoggerFactory.getLogger(StatusPublisher.class);

    private final String deviceId;
    private final DeviceKind kind;
    private final Clock clock;
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus current;

    public StatusPublisher(String deviceId, DeviceKind kind, DeviceStatus initial, Clock clock) {
        this.deviceId = deviceId;
        this.kind = kind;
        this.current = initial;
        this.clock = clock;
    }

    public DeviceStatus current() {
        return current;
    }

    public AutoCloseable add(StatusListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Sets the status and, when it differs from the current one, tells every listener. */
    public void publish(DeviceStatus next) {
        DeviceStatus previous;
        synchronized (this) {
            previous = current;
            if (previous.equals(next)) {
                return;
            }
            current = next;
        }
        StatusEvent event = new StatusEvent(deviceId, kind, previous, next, clock.instant());
        log.info("device {} {} -> {}", deviceId, previous.state(), next.state());
        for (StatusListener l : listeners) {
            try {
                l.onStatus(event);
            } catch (RuntimeException e) {
                log.warn("status listener of {} failed", deviceId, e);
            }
        }
    }
}
