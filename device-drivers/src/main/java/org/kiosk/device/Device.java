package org.kiosk.device;

import java.time.Duration;

/**
 * The contract every peripheral driver fulfils, after XFS4IoT and JavaPOS: a kind, an identity,
 * capabilities, a status with per-kind detail, and status changes pushed to listeners.
 *
 * <p>{@link #start()} returns at once; the driver connects in the background, reports
 * {@link DeviceState#NO_DEVICE} while it cannot reach the device, and keeps retrying with backoff
 * until {@link #close()}.
 */
public interface Device extends AutoCloseable {

    /** The configured name of this device on the kiosk, e.g. {@code printer}. */
    String id();

    DeviceKind kind();

    DeviceIdentity identity();

    /** What this device can do; a record per kind. */
    Object capabilities();

    /** The latest known status; never blocks on the device. */
    DeviceStatus status();

    /** Adds a listener for status changes; the returned handle removes it. */
    AutoCloseable addStatusListener(StatusListener listener);

    /** Starts connecting and watching the device. */
    void start();

    /**
     * Waits until the device is connected (in any state but {@link DeviceState#NO_DEVICE}), for one-shot
     * tools that need an answer now rather than an event later.
     *
     * @return whether it connected in time
     */
    boolean awaitConnected(Duration timeout) throws InterruptedException;

    /** Stops watching and releases the port. */
    @Override
    void close();
}
