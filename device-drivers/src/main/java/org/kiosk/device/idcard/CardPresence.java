package org.kiosk.device.idcard;

/** Whether a card lies on the reader. */
public enum CardPresence {
    PRESENT,
    ABSENT,
    UNKNOWN
}
