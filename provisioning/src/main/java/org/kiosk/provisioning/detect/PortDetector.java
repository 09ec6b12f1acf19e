package org.kiosk.provisioning.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.ScanDecodingException;
import org.kiosk.device.qr.codec.ScanFramer;
import org.kiosk.device.qr.codec.ScanText;
import org.kiosk.device.qr.codec.Terminator;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.device.transport.SerialTransport;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.provisioning.ports.SerialPortScanner;

/**
 * Finds which device sits on which serial port. Each port is probed on its own thread (at most
 * {@link Settings#parallelism()} at once): first a short listen, since the devices kiosks use speak only when
 * asked and a port that talks unasked is either a QR scanner (codes of text, cut by the QR driver's framer) or
 * something else; then each kind's
 * read-only handshake at each of its speeds, the printer's first so that no other protocol's bytes reach a printer,
 * which would print them. Every wait is bounded, so a silent or babbling port ends {@link PortKind#UNKNOWN}.
 */
public final class PortDetector {

    /**
     * @param replyTimeout how long each handshake step waits for its answer
     * @param quietWindow  how long a port is listened to before any handshake
     * @param qrListen     how long a port nothing answered on is listened to for a scanned code (zero: not at all)
     * @param parallelism  ports probed at once
     */
    public record Settings(Duration replyTimeout, Duration quietWindow, Duration qrListen, int parallelism) {

        public Settings {
            if (!replyTimeout.isPositive() || !quietWindow.isPositive() || qrListen.isNegative() || parallelism < 1) {
                throw new IllegalArgumentException("detector settings must be positive: " + replyTimeout + ", " + quietWindow
                        + ", " + qrListen + ", " + parallelism);
            }
        }

        public static Settings standard() {
            return new Settings(Duration.ofMillis(150), Duration.ofMillis(150), Duration.ZERO, 8);
        }

        public Settings withQrListen(Duration listen) {
            return new Settings(replyTimeout, quietWindow, listen, parallelism);
        }

        public Settings withReplyTimeout(Duration timeout) {
            return new Settings(timeout, quietWindow, qrListen, parallelism);
        }
    }

    /** QR scanners in serial mode usually leave the factory at this speed; over USB-CDC the speed does not matter. */
    static final int QR_SCANNER_BAUD = 9600;
    private static final int LISTEN_LIMIT = 4096;
    private static final List<Handshake> HANDSHAKES = List.of(new PrinterHandshake(), new IdCardHandshake(), new FingerprintHandshake());

    private final Settings settings;
    private final SerialPortScanner names;

    public PortDetector(Settings settings, SerialPortScanner names) {
        this.settings = settings;
        this.names = names;
    }

    /** The longest one port's probe can take: every handshake step at every speed timing out, plus the listens. */
    public Duration boundPerPort() {
        int steps = 0;
        for (Handshake h : HANDSHAKES) {
            // the printer asks four questions and listens once more; the others ask at most two
            steps += h.bauds().size() * (h.kind() == PortKind.RECEIPT_PRINTER ? 5 : 2);
        }
        return settings.replyTimeout().multipliedBy(steps).plus(settings.quietWindow()).plus(settings.qrListen())
                .plusSeconds(2);
    }

    /** Probes the ports in parallel; the reports come in the order of {@code ports}. */
    public List<PortReport> detect(List<String> ports) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.parallelism(), ports.size())), r -> {
            Thread t = new Thread(r, "detect");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PortReport>> probes = new ArrayList<>();
            for (String port : ports) {
                probes.add(pool.submit(() -> probe(port)));
            }
            long deadline = System.nanoTime() + boundPerPort().toNanos() * ((ports.size() + settings.parallelism() - 1) / settings.parallelism());
            List<PortReport> reports = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                reports.add(await(probes.get(i), ports.get(i), deadline));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private PortReport await(Future<PortReport> probe, String port, long deadline) throws InterruptedException {
        try {
            return probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return PortReport.unknown(port, stableName(port), "probe did not finish in time");
        } catch (ExecutionException e) {
            return PortReport.unknown(port, stableName(port), "probe failed: " + e.getCause());
        }
    }

    /** One port, start to end, timed. */
    PortReport probe(String port) throws InterruptedException {
        long started = System.nanoTime();
        PortReport report = identify(port);
        return report.took(Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private PortReport identify(String port) throws InterruptedException {
        String stable = stableName(port);
        if (!Files.exists(Path.of(port))) {
            return PortReport.unknown(port, stable, "no such port");
        }
        try {
            Optional<PortReport> talker = listenFirst(port, stable);
            if (talker.isPresent()) {
                return talker.get();
            }
            for (Handshake handshake : HANDSHAKES) {
                for (int baud : handshake.bauds()) {
                    try (Transport t = open(port, baud)) {
                        Optional<Identification> found = handshake.identify(t, settings.replyTimeout());
                        if (found.isPresent()) {
                            Identification id = found.get();
                            return new PortReport(port, stable, handshake.kind(), baud, id.model(), id.firmware(), id.serial(), id.note(), 0);
                        }
                    }
                }
            }
            if (settings.qrListen().isPositive()) {
                try (Transport t = open(port, QR_SCANNER_BAUD)) {
                    byte[] heard = Replies.listen(t, settings.qrListen(), LISTEN_LIMIT);
                    if (heard.length > 0) {
                        return classifyUnasked(port, stable, heard, QR_SCANNER_BAUD);
                    }
                }
                return PortReport.unknown(port, stable, "no answer to any handshake, and no code scanned within "
                        + settings.qrListen().toMillis() + " ms");
            }
            return PortReport.unknown(port, stable, "no answer to any handshake");
        } catch (TransportException e) {
            return PortReport.unknown(port, stable, e.getMessage());
        }
    }

    private Optional<PortReport> listenFirst(String port, String stable) throws TransportException, InterruptedException {
        try (Transport t = open(port, QR_SCANNER_BAUD)) {
            byte[] heard = Replies.listen(t, settings.quietWindow(), LISTEN_LIMIT);
            return heard.length == 0 ? Optional.empty() : Optional.of(classifyUnasked(port, stable, heard, QR_SCANNER_BAUD));
        }
    }

    /** Codes of text, each ended by a terminator a scanner sends, are scans; anything else is noise left alone. */
    static PortReport classifyUnasked(String port, String stable, byte[] heard, int baud) {
        Optional<Terminator> suffix = scannerSuffix(heard);
        if (suffix.isPresent()) {
            return new PortReport(port, stable, PortKind.QR_SCANNER, baud, null, null, null,
                    "sent codes of text unasked, each ended by " + suffix.get(), 0);
        }
        return PortReport.unknown(port, stable, "sends data unasked that is not codes of text (" + heard.length
                + (heard.length >= LISTEN_LIMIT ? "+" : "") + " bytes); not probed further");
    }

    /**
     * The terminator that cuts {@code heard} into codes the QR driver's framer and text decoder accept, all of it
     * and ending on a terminator; empty when none does. CRLF is tried before CR and LF, which it contains.
     */
    static Optional<Terminator> scannerSuffix(byte[] heard) {
        for (Terminator t : List.of(Terminator.CRLF, Terminator.CR, Terminator.LF, Terminator.ETX)) {
            if (!endsWith(heard, t.bytes())) {
                continue;
            }
            List<ScanFramer.Event> events = new ScanFramer(Framing.suffix(t)).feed(heard, 0, heard.length);
            if (!events.isEmpty() && events.stream().allMatch(PortDetector::isText)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean isText(ScanFramer.Event event) {
        if (!(event instanceof ScanFramer.Code code)) {
            return false;
        }
        try {
            ScanText text = ScanText.decode(code.bytes(), true);
            // a scanner's code never holds line breaks other than its terminator
            return !text.text().isBlank() && text.text().chars().noneMatch(c -> c == '\r' || c == '\n');
        } catch (ScanDecodingException e) {
            return false;
        } finally {
            Arrays.fill(code.bytes(), (byte) 0);
        }
    }

    private static boolean endsWith(byte[] bytes, byte[] end) {
        return bytes.length >= end.length
                && Arrays.equals(bytes, bytes.length - end.length, bytes.length, end, 0, end.length);
    }

    private static Transport open(String port, int baud) throws TransportException {
        Transport t = new SerialTransport(SerialSettings.of(port, baud));
        t.open();
        return t;
    }

    private String stableName(String port) {
        try {
            return names.stableName(port).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
