package org.kiosk.device;

/**
 * Who can fix an error, after XFS4IoT's {@code action} on error events. Operations route alerts by it:
 * the citizen is told on screen, staff get a task, a technician a ticket, and nobody is bothered for
 * a condition that clears by itself.
 */
public enum ErrorAction {
    /** The citizen at the kiosk (remove the card, take the receipt). */
    USER,
    /** Operations staff on site (replace paper, close the cover): XFS4IoT {@code clear}. */
    CLEAR,
    /** A technician (cutter fault, wiring, configuration): XFS4IoT {@code maintenance}. */
    MAINTENANCE,
    /** Nobody: the condition clears by itself (reconnecting, busy): XFS4IoT {@code suspend}. */
    SUSPEND
}
