package org.kiosk.provisioning.detect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.escpos.MalformedStatusException;
import org.kiosk.device.printer.escpos.PrinterCondition;
import org.kiosk.device.printer.escpos.RealTimeStatus;
import org.kiosk.device.printer.escpos.StatusQuery;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * An ESC/POS printer: the four real-time status requests {@code DLE EOT 1..4}, which a printer answers at once
 * without printing, each with one byte of the fixed shape the codec checks. One byte in sixteen of random noise has
 * that shape, so all four answers must come, each alone.
 */
final class PrinterHandshake implements Handshake {

    private final RealTimeStatus codec = new RealTimeStatus(PrinterProfile.GENERIC_80MM);

    @Override
    public PortKind kind() {
        return PortKind.RECEIPT_PRINTER;
    }

    @Override
    public List<Integer> bauds() {
        return PrinterProfile.SERIAL_BAUD_RATES;
    }

    @Override
    public Optional<Identification> identify(Transport t, Duration replyTimeout) throws TransportException, InterruptedException {
        byte[] answers = new byte[StatusQuery.values().length];
        for (StatusQuery query : StatusQuery.values()) {
            Optional<Byte> answer = Replies.exchange(t, RealTimeStatus.request(query), new OneByte(), replyTimeout);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            answers[query.ordinal()] = answer.get();
        }
        // a printer says nothing more after its answers; a babbling port goes on
        if (Replies.listen(t, replyTimeout.dividedBy(4), 1).length > 0) {
            return Optional.empty();
        }
        try {
            PrinterCondition condition = codec.condition(answers[0], answers[1], answers[2], answers[3]);
            return Optional.of(new Identification(null, null, null,
                    "paper " + condition.detail().paper() + ", cover " + condition.detail().cover()));
        } catch (MalformedStatusException e) {
            return Optional.empty();
        }
    }

    /** Exactly one byte per answer; a second byte in the same read means it was not a status answer. */
    private static final class OneByte implements Replies.FrameDecoder<Byte> {
        private final byte[] got = new byte[2];
        private int count;

        @Override
        public void feed(byte[] bytes, int offset, int length) {
            for (int i = 0; i < length && count < got.length; i++) {
                got[count++] = bytes[offset + i];
            }
        }

        @Override
        public Optional<Byte> next() throws MalformedStatusException {
            if (count > 1) {
                throw new MalformedStatusException(StatusQuery.PRINTER, got[1] & 0xFF);
            }
            return count == 1 ? Optional.of(got[0]) : Optional.empty();
        }
    }
}
