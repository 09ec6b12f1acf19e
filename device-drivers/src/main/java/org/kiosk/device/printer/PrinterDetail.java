package org.kiosk.device.printer;

import org.kiosk.device.StatusDetail;

/** The printer's part of a device status. */
public record PrinterDetail(PaperState paper, CoverState cover) implements StatusDetail {

    public static final PrinterDetail UNKNOWN = new PrinterDetail(PaperState.UNKNOWN, CoverState.UNKNOWN);
}
