package org.kiosk.device.printer;

import java.time.Duration;
import org.kiosk.device.DeviceException;
import org.kiosk.device.printer.escpos.MalformedStatusException;
import org.kiosk.device.printer.escpos.PrinterCondition;
import org.kiosk.device.printer.escpos.RealTimeStatus;
import org.kiosk.device.printer.escpos.StatusQuery;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/** The printer's side of the talk over one open transport: status reads and job delivery. */
final class EscPosConversation {

    private static final byte[] ALL_STATUS_QUERIES = allStatusQueries();

    private final RealTimeStatus status;
    private final Duration statusTimeout;
    private final Duration jobTimeout;

    EscPosConversation(PrinterProfile profile, Duration statusTimeout, Duration jobTimeout) {
        this.status = new RealTimeStatus(profile);
        this.statusTimeout = statusTimeout;
        this.jobTimeout = jobTimeout;
    }

    /** Asks {@code DLE EOT 1..4} in one write and combines the four one-byte answers. */
    PrinterCondition readCondition(Transport t, String deviceId) throws TransportException, DeviceException {
        t.discardInput();
        t.write(ALL_STATUS_QUERIES);
        return decode(t.readFully(4, statusTimeout), deviceId);
    }

    /**
     * Sends a job and reads the status behind it. The answers queue behind the job on the wire, so the wait
     * covers the printer reading the whole job; an answer at all proves the link held to the end.
     */
    PrinterCondition sendJob(Transport t, byte[] job, String deviceId) throws TransportException, DeviceException {
        t.discardInput();
        t.write(job);
        t.write(ALL_STATUS_QUERIES);
        return decode(t.readFully(4, jobTimeout), deviceId);
    }

    private PrinterCondition decode(byte[] a, String deviceId) throws DeviceException {
        try {
            return status.condition(a[0], a[1], a[2], a[3]);
        } catch (MalformedStatusException e) {
            throw new DeviceException(deviceId, PrinterError.MALFORMED_STATUS, e.getMessage(), e);
        }
    }

    private static byte[] allStatusQueries() {
        byte[] out = new byte[12];
        int i = 0;
        for (StatusQuery q : StatusQuery.values()) {
            byte[] r = RealTimeStatus.request(q);
            System.arraycopy(r, 0, out, i, r.length);
            i += r.length;
        }
        return out;
    }
}
