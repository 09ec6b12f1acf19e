package org.kiosk.device.passport;

/** Whether a chip (a passport's or another card's) is in the reader's field. */
public enum ChipPresence {
    PRESENT,
    ABSENT,
    UNKNOWN
}
