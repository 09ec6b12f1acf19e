package org.kiosk.device.printer.escpos;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kiosk.device.printer.CoverState;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.PrinterError;

/**
 * What the four status answers together say: paper and cover, and what stops printing now.
 *
 * @param detail   paper FULL, LOW or OUT; cover OPEN or CLOSED
 * @param blocking the conditions that stop printing, most specific first; empty when the printer can print
 */
public record PrinterCondition(PrinterDetail detail, List<PrinterError> blocking) {

    public PrinterCondition {
        Objects.requireNonNull(detail);
        blocking = List.copyOf(blocking);
    }

    public boolean canPrint() {
        return blocking.isEmpty();
    }

    /**
     * Combines the four answers. Paper is OUT when the sensor says so or the printer stopped at the paper end,
     * LOW at near end, FULL otherwise. OFFLINE is listed only when no other blocking condition explains it,
     * since cover open, paper out and errors all take the printer offline.
     */
    public static PrinterCondition of(StatusAnswer.PrinterStatus printer, StatusAnswer.OfflineCause offline,
                                      StatusAnswer.ErrorCause error, StatusAnswer.PaperSensor paper) {
        PaperState paperState = paper.paperEnd() || offline.stoppedAtPaperEnd() ? PaperState.OUT
                : paper.nearEnd() ? PaperState.LOW
                : PaperState.FULL;
        CoverState cover = offline.coverOpen() ? CoverState.OPEN : CoverState.CLOSED;
        List<PrinterError> blocking = new ArrayList<>();
        if (paperState == PaperState.OUT) {
            blocking.add(PrinterError.PAPER_OUT);
        }
        if (cover == CoverState.OPEN) {
            blocking.add(PrinterError.COVER_OPEN);
        }
        if (error.autocutterError()) {
            blocking.add(PrinterError.CUTTER_ERROR);
        }
        if (error.unrecoverableError()) {
            blocking.add(PrinterError.UNRECOVERABLE_ERROR);
        }
        if (error.autoRecoverableError()) {
            blocking.add(PrinterError.RECOVERABLE_ERROR);
        }
        if (printer.offline() && blocking.isEmpty()) {
            blocking.add(PrinterError.OFFLINE);
        }
        return new PrinterCondition(new PrinterDetail(paperState, cover), blocking);
    }
}
