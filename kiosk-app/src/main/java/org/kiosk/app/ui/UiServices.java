package org.kiosk.app.ui;

import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.ui.service.QueueTickets;
import org.kiosk.app.ui.service.StaffCall;

/**
 * The application services the screens use, each behind a small interface; journeys add theirs here.
 *
 * @param catalogue the matters offered
 * @param tickets   the hall's counter queue
 * @param staffCall calling staff to the kiosk
 */
public record UiServices(ServiceCatalogue catalogue, QueueTickets tickets, StaffCall staffCall) {
}
