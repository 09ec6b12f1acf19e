package org.kiosk.app.ui.service;

/** Asks the service hall's staff to come to this kiosk. */
public interface StaffCall {

    /** {@code screenId} tells staff where the citizen got stuck; nothing personal is passed. */
    void call(String screenId);
}
