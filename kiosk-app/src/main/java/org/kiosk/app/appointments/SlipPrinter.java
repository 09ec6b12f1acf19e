package org.kiosk.app.appointments;

import org.kiosk.device.DeviceException;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.device.printer.receipt.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/** Prints a slip on the receipt printer; when it cannot, says so, and the screen shows the slip instead. */
public final class SlipPrinter {

    /** Whether the slip came out of the printer. */
    public enum Printed { ON_PAPER, ON_SCREEN_ONLY }

    private static final Logger log = LoggerFactory.getLogger(SlipPrinter.class);

    private final ReceiptPrinter printer;

    public SlipPrinter(ReceiptPrinter printer) {
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    public Printed print(Receipt slip) {
        try {
            printer.print(slip);
            return Printed.ON_PAPER;
        } catch (DeviceException e) {
            log.warn("Slip not printed, shown on screen: {} (to be fixed by: {})", e.getMessage(), e.action());
            return Printed.ON_SCREEN_ONLY;
        }
    }
}
