package org.kiosk.app.ui.service;

import java.time.Instant;

/**
 * A counter queue ticket.
 *
 * @param number      what the hall's display will call, e.g. {@code A023}
 * @param waitingAhead how many tickets are called before this one
 * @param issued      when it was taken
 */
public record QueueTicket(String number, int waitingAhead, Instant issued) {
}
