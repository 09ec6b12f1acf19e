package org.kiosk.device.printer;

public enum CoverState {
    OPEN,
    CLOSED,
    UNKNOWN
}
