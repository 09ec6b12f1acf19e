package org.kiosk.provisioning.detect;

/** What answered on a serial port, as {@code kioskctl detect} reports it. */
public enum PortKind {
    RECEIPT_PRINTER,
    ID_CARD_READER,
    FINGERPRINT,
    QR_SCANNER,
    UNKNOWN
}
