package org.kiosk.device;

/** Device availability, after XFS4IoT's common status and JavaPOS power/state reporting. */
public enum DeviceState {
    /** Connected and ready. */
    ONLINE,
    /** Connected but refusing work (for a printer: offline, cover open, paper out). */
    OFFLINE,
    /** Connected and busy with a job. */
    BUSY,
    /** Not connected: unplugged, port gone, or not answering. The driver keeps trying to reconnect. */
    NO_DEVICE,
    /** The device reports a fault that needs a technician. */
    HARDWARE_ERROR,
    /** The device waits for the citizen (for example: remove the card). */
    USER_ERROR
}
