package org.kiosk.app.appliance;

import java.time.Duration;

/** One part of the kiosk that must answer for the watchdog to be fed. */
public interface WatchdogCheck {

    /** What is checked, for the log line when it stops answering. */
    String name();

    /** Whether it answers within {@code timeout}; must return within about that time. */
    boolean healthy(Duration timeout);
}
