package org.kiosk.sim.printer;

/** Horizontal position of a printed line or graphic, as set by {@code ESC a n}. */
public enum Justification {
    LEFT, CENTER, RIGHT
}
