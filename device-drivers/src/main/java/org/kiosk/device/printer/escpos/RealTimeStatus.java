package org.kiosk.device.printer.escpos;

import java.util.Objects;
import org.kiosk.device.printer.PrinterProfile;

/**
 * The real-time status codec: {@code DLE EOT n} requests and their one-byte answers. Every answer has the
 * shape {@code 0xx1xx10}; anything else (line noise, a byte of another answer, a printer that does not
 * speak this protocol) is rejected. Paper sensor bits come from the profile, since some printers swap them.
 */
public final class RealTimeStatus {

    /** Bits 0, 1, 4 and 7 are fixed in every answer … */
    static final int FIXED_MASK = 0x93;
    /** … as 0, 1, 1 and 0. */
    static final int FIXED_VALUE = 0x12;

    private final PrinterProfile profile;

    public RealTimeStatus(PrinterProfile profile) {
        this.profile = Objects.requireNonNull(profile);
    }

    /** {@code 10 04 n}. */
    public static byte[] request(StatusQuery query) {
        return EscPosCommands.realTimeStatus(query.n());
    }

    /** Decodes the answer to a query; the result's type matches the query. */
    public StatusAnswer decode(StatusQuery query, byte answer) throws MalformedStatusException {
        return switch (query) {
            case PRINTER -> decodePrinter(answer);
            case OFFLINE_CAUSE -> decodeOfflineCause(answer);
            case ERROR_CAUSE -> decodeErrorCause(answer);
            case PAPER_SENSOR -> decodePaperSensor(answer);
        };
    }

    public StatusAnswer.PrinterStatus decodePrinter(byte answer) throws MalformedStatusException {
        int b = checked(StatusQuery.PRINTER, answer);
        return new StatusAnswer.PrinterStatus((b & 0x08) != 0);
    }

    public StatusAnswer.OfflineCause decodeOfflineCause(byte answer) throws MalformedStatusException {
        int b = checked(StatusQuery.OFFLINE_CAUSE, answer);
        return new StatusAnswer.OfflineCause((b & 0x04) != 0, (b & 0x08) != 0, (b & 0x20) != 0, (b & 0x40) != 0);
    }

    public StatusAnswer.ErrorCause decodeErrorCause(byte answer) throws MalformedStatusException {
        int b = checked(StatusQuery.ERROR_CAUSE, answer);
        return new StatusAnswer.ErrorCause((b & 0x08) != 0, (b & 0x20) != 0, (b & 0x40) != 0);
    }

    public StatusAnswer.PaperSensor decodePaperSensor(byte answer) throws MalformedStatusException {
        int b = checked(StatusQuery.PAPER_SENSOR, answer);
        return new StatusAnswer.PaperSensor((b & profile.paperNearEndMask()) != 0, (b & profile.paperEndMask()) != 0);
    }

    /** Decodes the answers to {@code DLE EOT 1, 2, 3, 4} and combines them with {@link PrinterCondition#of}. */
    public PrinterCondition condition(byte printer, byte offlineCause, byte errorCause, byte paperSensor)
            throws MalformedStatusException {
        return PrinterCondition.of(decodePrinter(printer), decodeOfflineCause(offlineCause),
                decodeErrorCause(errorCause), decodePaperSensor(paperSensor));
    }

    private static int checked(StatusQuery query, byte answer) throws MalformedStatusException {
        int b = answer & 0xFF;
        if ((b & FIXED_MASK) != FIXED_VALUE) {
            throw new MalformedStatusException(query, b);
        }
        return b;
    }
}
