package org.kiosk.app.ops;

/** How a citizen's session at the kiosk ended: the {@code outcome} label of {@code kiosk_sessions_total}. */
public enum SessionOutcome {
    /** The citizen finished what they came for (an application submitted or queued, a receipt printed). */
    COMPLETED,
    /** The citizen chose the counter (offline) channel instead. */
    COUNTER,
    /** The citizen cancelled. */
    CANCELLED,
    /** The session timed out with nobody at the screen. */
    ABANDONED,
    /** The kiosk could not finish the session (a device or software fault). */
    FAILED
}
