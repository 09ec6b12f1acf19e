package org.kiosk.device.printer;

import org.kiosk.device.Device;
import org.kiosk.device.DeviceException;
import org.kiosk.device.printer.receipt.Receipt;

/** A receipt printer, whatever its protocol. */
public interface ReceiptPrinter extends Device {

    @Override
    PrinterCapabilities capabilities();

    /**
     * Prints one receipt. Refuses before sending a byte when the printer cannot print (paper out, cover open,
     * offline, fault); reports failure, never success, when the job may not have come out whole.
     *
     * @throws DeviceException with a {@link PrinterError} code
     */
    PrintResult print(Receipt receipt) throws DeviceException;
}
