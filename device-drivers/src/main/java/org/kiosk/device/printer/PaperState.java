package org.kiosk.device.printer;

/** Paper supply as the printer reports it. */
public enum PaperState {
    FULL,
    LOW,
    OUT,
    JAMMED,
    UNKNOWN
}
