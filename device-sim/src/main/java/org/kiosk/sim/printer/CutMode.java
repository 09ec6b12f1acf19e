package org.kiosk.sim.printer;

/** The two cuts {@code GS V} asks for; the emulator renders both the same way. */
public enum CutMode {
    FULL, PARTIAL
}
