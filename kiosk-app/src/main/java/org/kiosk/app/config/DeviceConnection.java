package org.kiosk.app.config;

/** How a serial device is reached. */
public enum DeviceConnection {
    /** Its emulator, behind a pseudo-terminal pair, for running without hardware. */
    SIMULATED,
    /** A real serial port. */
    SERIAL
}
