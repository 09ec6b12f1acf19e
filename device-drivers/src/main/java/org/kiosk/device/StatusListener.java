package org.kiosk.device;

/** Receives a device's status changes. Called on the driver's own thread: return quickly. */
@FunctionalInterface
public interface StatusListener {
    void onStatus(StatusEvent event);
}
