package org.kiosk.sim.printer;

/**
 * The one-byte answers to {@code DLE EOT n}, shaped {@code 0xx1xx10} (base 0x12), as the notes give them.
 * A paper-out printer reports only the paper-end bits in {@code DLE EOT 4}.
 */
public final class StatusAnswers {

    static final int BASE = 0x12;
    static final int OFFLINE = 0x08;
    static final int CAUSE_COVER_OPEN = 0x04;
    static final int CAUSE_PAPER_END = 0x20;
    static final int CAUSE_ERROR = 0x40;
    static final int ERROR_AUTOCUTTER = 0x08;
    static final int ERROR_UNRECOVERABLE = 0x20;
    static final int ERROR_AUTO_RECOVERABLE = 0x40;

    private StatusAnswers() {
    }

    /**
     * The answer for request n in state s.
     *
     * @throws IllegalArgumentException when n is not 1-4
     */
    public static int answer(int n, PrinterSimState s, PaperSensorBits paperBits) {
        return BASE | switch (n) {
            case 1 -> s.prints() ? 0 : OFFLINE;
            case 2 -> switch (s) {
                case COVER_OPEN -> CAUSE_COVER_OPEN;
                case PAPER_OUT -> CAUSE_PAPER_END;
                case CUTTER_ERROR, UNRECOVERABLE_ERROR, AUTO_RECOVERABLE_ERROR -> CAUSE_ERROR;
                default -> 0;
            };
            case 3 -> switch (s) {
                case CUTTER_ERROR -> ERROR_AUTOCUTTER;
                case UNRECOVERABLE_ERROR -> ERROR_UNRECOVERABLE;
                case AUTO_RECOVERABLE_ERROR -> ERROR_AUTO_RECOVERABLE;
                default -> 0;
            };
            case 4 -> switch (s) {
                case PAPER_NEAR_END -> paperBits.nearEnd();
                case PAPER_OUT -> paperBits.end();
                default -> 0;
            };
            default -> throw new IllegalArgumentException("DLE EOT n must be 1-4, got " + n);
        };
    }
}
