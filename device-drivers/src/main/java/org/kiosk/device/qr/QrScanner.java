package org.kiosk.device.qr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.StatusDetail;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.connection.ConnectedDevice;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.MrzLineGrouper;
import org.kiosk.device.qr.codec.RepeatFilter;
import org.kiosk.device.qr.codec.ScanDecodingException;
import org.kiosk.device.qr.codec.ScanFramer;
import org.kiosk.device.qr.codec.ScanText;
import org.kiosk.device.qr.codec.Terminator;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A QR (and document) scanner in serial mode, which sends each code it reads as text and a terminator, unasked.
 * The driver reads the line continuously, frames and decodes the codes ({@link ScanFramer}, {@link ScanText}),
 * groups the lines of a machine-readable zone ({@link MrzLineGrouper}), drops a code read again and again
 * ({@link RepeatFilter}), and hands each scan to the screen that {@linkplain #arm armed} the scanner. Scans that
 * come while no screen is armed are dropped and counted: a code left on the scanner is never handed to the next
 * citizen's screen.
 *
 * <p>A lost line (unplugged, port gone) turns the status to {@link DeviceState#NO_DEVICE} and the driver reconnects
 * with backoff; a partial code or zone is forgotten with the line.
 *
 * <pre>{@code
 * try (ScanRequest request = scanner.arm(scan -> screen.show(scan))) {
 *     ... the screen waits for its code ...
 * }
 * }</pre>
 */
public final class QrScanner extends ConnectedDevice {

    /**
     * @param framing         prefix, terminator and maximum length of codes
     * @param gb18030Fallback whether codes that are not UTF-8 are read as GB18030
     * @param repeatWindow    a code equal to the last delivered one within this time of its last reading is
     *                        dropped; zero delivers every reading
     * @param mrzLineGap      the longest pause between the lines of one machine-readable zone
     * @param readSlice       how long each read waits for bytes before the driver checks held lines
     * @param backoff         the wait between attempts to reopen a lost line
     */
    public record Options(Framing framing, boolean gb18030Fallback, Duration repeatWindow, Duration mrzLineGap,
                          Duration readSlice, Backoff backoff) {

        public Options {
            Objects.requireNonNull(framing, "framing");
            Objects.requireNonNull(backoff, "backoff");
            if (repeatWindow.isNegative()) {
                throw new IllegalArgumentException("the repeat window must not be negative");
            }
            if (!mrzLineGap.isPositive() || !readSlice.isPositive()) {
                throw new IllegalArgumentException("the MRZ line gap and the read slice must be positive");
            }
        }

        /** CR-terminated UTF-8 codes of up to 4096 bytes, repeats within 2 s dropped. */
        public static Options standard() {
            return new Options(Framing.suffix(Terminator.CR), false, Duration.ofSeconds(2), Duration.ofMillis(300),
                    Duration.ofMillis(100), Backoff.standard());
        }

        public Options withFraming(Framing framing) {
            return new Options(framing, gb18030Fallback, repeatWindow, mrzLineGap, readSlice, backoff);
        }

        public Options withGb18030Fallback(boolean gb18030Fallback) {
            return new Options(framing, gb18030Fallback, repeatWindow, mrzLineGap, readSlice, backoff);
        }

        public Options withRepeatWindow(Duration repeatWindow) {
            return new Options(framing, gb18030Fallback, repeatWindow, mrzLineGap, readSlice, backoff);
        }

        public Options withBackoff(Backoff backoff) {
            return new Options(framing, gb18030Fallback, repeatWindow, mrzLineGap, readSlice, backoff);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(QrScanner.class);

    private final Options options;
    private final Clock clock;
    /** The framer, grouper, filter and buffer belong to the connection's thread (poll and lost run under its lock). */
    private final ScanFramer framer;
    private final MrzLineGrouper grouper;
    private final RepeatFilter repeats;
    private final byte[] readBuffer = new byte[1024];

    private final Object gate = new Object();
    private Armed armed;

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong unarmed = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final AtomicLong tooLong = new AtomicLong();
    private final AtomicLong notText = new AtomicLong();
    private volatile long noiseBytes;

    public QrScanner(String id, Endpoint endpoint, Options options, Clock clock) {
        // read continuously: the poll is one read slice, run again at once
        super(id, DeviceKind.QR_SCANNER, DeviceIdentity.of("serial QR scanner", endpoint.describe()), endpoint,
                Duration.ZERO, options.backoff(), clock);
        this.options = options;
        this.clock = clock;
        this.framer = new ScanFramer(options.framing());
        this.grouper = new MrzLineGrouper(options.mrzLineGap());
        this.repeats = new RepeatFilter(options.repeatWindow());
    }

    @Override
    public QrScannerCapabilities capabilities() {
        return new QrScannerCapabilities(options.framing(), options.gb18030Fallback());
    }

    /**
     * Hands the scans that come from now on to {@code consumer}, until the returned request is closed or another
     * screen arms the scanner. The consumer runs on the driver's thread and must return quickly; it receives no
     * scan once {@link ScanRequest#close()} has returned.
     */
    public ScanRequest arm(Consumer<Scan> consumer) {
        Armed request = new Armed(Objects.requireNonNull(consumer));
        synchronized (gate) {
            armed = request;
        }
        return request;
    }

    /** What happened to the scans so far. */
    public ScanCounts counts() {
        return new ScanCounts(delivered.get(), unarmed.get(), repeated.get(), tooLong.get(), notText.get(),
                noiseBytes);
    }

    @Override
    protected void poll(Transport t) throws TransportException {
        publisher().publish(DeviceStatus.of(DeviceState.ONLINE, StatusDetail.NONE));
        int n;
        try {
            n = t.read(readBuffer, 0, readBuffer.length, options.readSlice());
        } catch (TransportTimeoutException quiet) {
            n = 0;
        }
        long now = System.nanoTime();
        if (n > 0) {
            List<ScanFramer.Event> events = framer.feed(readBuffer, 0, n);
            Arrays.fill(readBuffer, 0, n, (byte) 0);
            noiseBytes = framer.noiseBytes();
            events.forEach(event -> handle(event, now));
        }
        grouper.expire(now).forEach(group -> deliver(group, now));
    }

    @Override
    protected void lost() {
        framer.reset();
        grouper.reset();
        repeats.reset();
        publisher().publish(DeviceStatus.failed(DeviceState.NO_DEVICE, StatusDetail.NONE, QrScannerError.NO_DEVICE));
    }

    private void handle(ScanFramer.Event event, long now) {
        switch (event) {
            case ScanFramer.Code code -> {
                try {
                    ScanText text = ScanText.decode(code.bytes(), options.gb18030Fallback());
                    grouper.accept(text, now).forEach(group -> deliver(group, now));
                } catch (ScanDecodingException e) {
                    notText.incrementAndGet();
                    grouper.flush().forEach(group -> deliver(group, now));
                    offer(new Scan.Unreadable(QrScannerError.NOT_TEXT, e.getMessage(), clock.instant()));
                } finally {
                    Arrays.fill(code.bytes(), (byte) 0);
                }
            }
            case ScanFramer.Overlong overlong -> {
                tooLong.incrementAndGet();
                grouper.flush().forEach(group -> deliver(group, now));
                offer(new Scan.Unreadable(QrScannerError.TOO_LONG,
                        "more than " + overlong.maxLength() + " bytes", clock.instant()));
            }
        }
    }

    private void deliver(MrzLineGrouper.Grouped group, long now) {
        Instant at = clock.instant();
        String key;
        Scan scan;
        switch (group) {
            case MrzLineGrouper.Single single -> {
                key = single.text().text();
                scan = new Scan.Text(single.text().text(), single.text().charset(), at);
            }
            case MrzLineGrouper.Zone zone -> {
                key = String.join("\n", zone.lines());
                scan = Scan.Mrz.of(zone.lines(), at);
            }
        }
        if (repeats.isRepeat(key, now)) {
            repeated.incrementAndGet();
            return;
        }
        if (offer(scan)) {
            repeats.delivered(key, now);
        }
    }

    private boolean offer(Scan scan) {
        synchronized (gate) {
            if (armed == null) {
                unarmed.incrementAndGet();
                log.debug("scanner {}: {} dropped, no screen armed", id(), scan);
                return false;
            }
            try {
                armed.consumer.accept(scan);
            } catch (RuntimeException e) {
                // the consumer's message may quote the code: only its type is logged
                log.warn("scanner {}: the armed screen failed on a scan ({})", id(), e.getClass().getName());
            }
            delivered.incrementAndGet();
            return true;
        }
    }

    private final class Armed implements ScanRequest {
        private final Consumer<Scan> consumer;

        Armed(Consumer<Scan> consumer) {
            this.consumer = consumer;
        }

        @Override
        public boolean isActive() {
            synchronized (gate) {
                return armed == this;
            }
        }

        @Override
        public void close() {
            synchronized (gate) {
                if (armed == this) {
                    armed = null;
                }
            }
        }
    }
}
