package org.kiosk.app.ui.service;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Numbers tickets on the kiosk itself, starting afresh each day: what a kiosk does when the hall's queue system is
 * not connected (the queue system's client implements {@link QueueTickets} once it is).
 */
public final class LocalQueueTickets implements QueueTickets {

    private final Clock clock;
    private LocalDate day;
    private int last;

    public LocalQueueTickets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized QueueTicket issue(String matterId) {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            last = 0;
        }
        last = last % 999 + 1;
        return new QueueTicket(String.format("A%03d", last), 0, clock.instant());
    }
}
