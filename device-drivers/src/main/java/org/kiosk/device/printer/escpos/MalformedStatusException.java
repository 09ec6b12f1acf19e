package org.kiosk.device.printer.escpos;

/** A real-time status answer that does not have the shape {@code 0xx1xx10} every answer has. */
public class MalformedStatusException extends Exception {

    private final StatusQuery query;
    private final int answer;

    public MalformedStatusException(StatusQuery query, int answer) {
        super(String.format("%s answered 0x%02X, which lacks the fixed bits 0xx1xx10 of a status byte",
                query.label(), answer & 0xFF));
        this.query = query;
        this.answer = answer & 0xFF;
    }

    public StatusQuery query() {
        return query;
    }

    /** The byte received, 0..255. */
    public int answer() {
        return answer;
    }
}
