package org.kiosk.device.printer.receipt;

public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
