package org.kiosk.device;

/** A typed error of one device kind; each kind has an enum of these. */
public interface DeviceErrorCode {

    /** A stable identifier for logs and metric labels, e.g. {@code PAPER_OUT}. */
    String name();

    /** Who can fix it. */
    ErrorAction action();

    /** A plain-language explanation for staff and technicians; never carries personal data. */
    String description();
}
