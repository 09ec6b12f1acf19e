package org.kiosk.sim.printer;

/**
 * The condition a test scripts for the emulated printer. Any state but {@link #PAPER_OK} and
 * {@link #PAPER_NEAR_END} takes the printer offline: print data is then discarded, status requests are answered.
 */
public enum PrinterSimState {
    PAPER_OK,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    /** Offline for no reported cause (for instance paper being fed with the button). */
    OFFLINE,
    /** The autocutter jammed: a recoverable error. */
    CUTTER_ERROR,
    /** For instance a head or memory fault: only a technician can recover. */
    UNRECOVERABLE_ERROR,
    /** For instance head overheating: clears by itself. */
    AUTO_RECOVERABLE_ERROR;

    /** Whether print data received in this state is printed. */
    public boolean prints() {
        return this == PAPER_OK || this == PAPER_NEAR_END;
    }
}
