package org.kiosk.device;

/** The kinds of peripheral a kiosk drives. */
public enum DeviceKind {
    RECEIPT_PRINTER,
    ID_CARD_READER,
    QR_SCANNER,
    FINGERPRINT,
    PASSPORT_READER
}
