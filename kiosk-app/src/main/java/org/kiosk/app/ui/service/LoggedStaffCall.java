package org.kiosk.app.ui.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a staff call in the kiosk's log, where the hall's monitoring sees it; the operations client implements
 * {@link StaffCall} with a direct alert once it exists.
 */
public final class LoggedStaffCall implements StaffCall {

    private static final Logger log = LoggerFactory.getLogger(LoggedStaffCall.class);

    private final String kioskId;

    public LoggedStaffCall(String kioskId) {
        this.kioskId = kioskId;
    }

    @Override
    public void call(String screenId) {
        log.warn("Staff called to kiosk {} from screen {}", kioskId, screenId);
    }
}
