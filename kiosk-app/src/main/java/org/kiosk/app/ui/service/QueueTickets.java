package org.kiosk.app.ui.service;

/** The service hall's queue, from which the kiosk takes counter tickets. */
public interface QueueTickets {

    /** A ticket for a counter that handles {@code matterId}, or the general counter when it is null. */
    QueueTicket issue(String matterId);
}
