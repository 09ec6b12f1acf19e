package org.kiosk.device.printer;

import java.time.Clock;
import java.time.Duration;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.connection.ConnectedDevice;
import org.kiosk.device.connection.NotConnectedException;
import org.kiosk.device.printer.escpos.EncodedReceipt;
import org.kiosk.device.printer.escpos.EscPosEncoder;
import org.kiosk.device.printer.escpos.PrinterCondition;
import org.kiosk.device.printer.escpos.ReceiptEncodingException;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;

/**
 * An ESC/POS receipt printer on serial or TCP. Reads the printer's real-time status on connecting, every
 * poll interval, and before and after each job; publishes every change (paper near end included); refuses a
 * job before sending a byte when the printer cannot print; and reports a job as printed only when the link
 * held to the end and the printer answered clean afterwards.
 */
public final class EscPosPrinter extends ConnectedDevice implements ReceiptPrinter {

    /**
     * Timing of the conversation.
     *
     * @param statusTimeout how long to wait for a status answer
     * @param jobTimeout    how long to wait for the status answer that follows a job (the printer reads the
     *                      job first, at line speed)
     * @param pollInterval  status reads while idle, to notice paper, cover and unplugging without a job
     */
    public record Timing(Duration statusTimeout, Duration jobTimeout, Duration pollInterval, Backoff backoff) {

        public static Timing standard() {
            return new Timing(Duration.ofMillis(1000), Duration.ofSeconds(15), Duration.ofSeconds(2), Backoff.standard());
        }
    }

    private final PrinterProfile profile;
    private final EscPosEncoder encoder;
    private final EscPosConversation conversation;

    public EscPosPrinter(String id, PrinterProfile profile, Endpoint endpoint, Timing timing, Clock clock) {
        super(id, DeviceKind.RECEIPT_PRINTER, DeviceIdentity.of(profile.name(), endpoint.describe()), endpoint,
                timing.pollInterval(), timing.backoff(), clock);
        this.profile = profile;
        this.encoder = new EscPosEncoder(profile);
        this.conversation = new EscPosConversation(profile, timing.statusTimeout(), timing.jobTimeout());
    }

    @Override
    public PrinterCapabilities capabilities() {
        return PrinterCapabilities.of(profile);
    }

    @Override
    public PrintResult print(Receipt receipt) throws DeviceException {
        EncodedReceipt job;
        try {
            job = encoder.encode(receipt);
        } catch (ReceiptEncodingException e) {
            throw new DeviceException(id(), e.code(), e.getMessage(), e);
        }
        boolean[] sending = {false};
        try {
            return connection().call(t -> {
                PrinterCondition before = publish(conversation.readCondition(t, id()));
                if (!before.canPrint()) {
                    throw new DeviceException(id(), before.blocking().getFirst(), "job refused, nothing sent");
                }
                publisher().publish(DeviceStatus.of(DeviceState.BUSY, before.detail()));
                sending[0] = true;
                PrinterCondition after = conversation.sendJob(t, job.bytes(), id());
                publish(after);
                if (!after.canPrint()) {
                    throw new DeviceException(id(), PrinterError.JOB_INTERRUPTED,
                            "printer reported " + after.blocking() + " right after the job; the receipt may be incomplete");
                }
                return new PrintResult(job.bytes().length, job.replacedCharacters(), after.detail().paper());
            });
        } catch (NotConnectedException e) {
            throw new DeviceException(id(), PrinterError.NO_DEVICE, "nothing sent");
        } catch (TransportException e) {
            if (sending[0]) {
                throw new DeviceException(id(), PrinterError.JOB_INTERRUPTED, "link lost during the job; the receipt may be incomplete", e);
            }
            PrinterError code = e instanceof TransportTimeoutException ? PrinterError.NOT_ANSWERING : PrinterError.NO_DEVICE;
            throw new DeviceException(id(), code, "nothing sent", e);
        }
    }

    @Override
    protected void poll(Transport t) throws TransportException, DeviceException {
        try {
            publish(conversation.readCondition(t, id()));
        } catch (DeviceException e) {
            publisher().publish(DeviceStatus.failed(DeviceState.HARDWARE_ERROR, PrinterDetail.UNKNOWN, e.code()));
            throw e;
        }
    }

    @Override
    protected void lost() {
        publisher().publish(DeviceStatus.failed(DeviceState.NO_DEVICE, PrinterDetail.UNKNOWN, PrinterError.NO_DEVICE));
    }

    private PrinterCondition publish(PrinterCondition c) {
        publisher().publish(toStatus(c));
        return c;
    }

    /** Paper, cover and offline are for staff to clear (OFFLINE state); cutter and internal faults are hardware errors. */
    static DeviceStatus toStatus(PrinterCondition c) {
        if (c.canPrint()) {
            return DeviceStatus.of(DeviceState.ONLINE, c.detail());
        }
        PrinterError first = c.blocking().getFirst();
        DeviceState state = first.action() == ErrorAction.MAINTENANCE ? DeviceState.HARDWARE_ERROR : DeviceState.OFFLINE;
        return DeviceStatus.failed(state, c.detail(), first);
    }

}
