package org.kiosk.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kiosk.device.printer.CoverState;
import org.kiosk.device.printer.PaperState;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.ReceiptPrinter;

/**
 * The receipt printer's paper as one 0/1 gauge per paper state ({@code kiosk_printer_paper_state{device,state}}) and
 * its cover ({@code kiosk_printer_cover_open{device}}). While the printer is unreachable its paper is {@code unknown}.
 */
public final class PrinterMetrics implements MeterBinder {

    private final ReceiptPrinter printer;

    public PrinterMetrics(ReceiptPrinter printer) {
        this.printer = printer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (PaperState state : PaperState.values()) {
            Gauge.builder("kiosk.printer.paper.state", printer, p -> paper(p) == state ? 1 : 0)
                    .description("1 for the printer's current paper state, 0 for the others")
                    .tag("device", printer.id()).tag("state", Labels.of(state))
                    .register(registry);
        }
        Gauge.builder("kiosk.printer.cover.open", printer,
                        p -> p.status().detail() instanceof PrinterDetail d && d.cover() == CoverState.OPEN ? 1 : 0)
                .description("1 while the printer reports its cover open")
                .tag("device", printer.id())
                .register(registry);
    }

    private static PaperState paper(ReceiptPrinter printer) {
        return printer.status().detail() instanceof PrinterDetail d ? d.paper() : PaperState.UNKNOWN;
    }
}
