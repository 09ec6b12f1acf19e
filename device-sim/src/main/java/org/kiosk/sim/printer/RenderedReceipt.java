package org.kiosk.sim.printer;

import java.nio.file.Path;
import java.util.List;

/**
 * A receipt that reached its cut.
 *
 * @param number     1-based, as in the file name {@code receipt-NNNN.png}
 * @param png        the rendered image
 * @param textLines  the text of each printed line, decoded to Unicode (wrapped lines separately)
 * @param qrStored   payloads stored with {@code GS ( k} function 80 during this receipt, read as UTF-8
 * @param qrPrinted  payloads printed with function 81 on this receipt, read as UTF-8
 */
public record RenderedReceipt(int number, Path png, List<String> textLines, List<String> qrStored,
                              List<String> qrPrinted) {

    public RenderedReceipt {
        textLines = List.copyOf(textLines);
        qrStored = List.copyOf(qrStored);
        qrPrinted = List.copyOf(qrPrinted);
    }

    /** Only the number and file: the text may carry personal data. */
    @Override
    public String toString() {
        return "RenderedReceipt[" + number + ", " + png + "]";
    }
}
