package org.kiosk.provisioning.qr;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kiosk.device.idcard.document.Masking;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.Scan;
import org.kiosk.device.qr.ScanRequest;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.Terminator;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.provisioning.BaudOption;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.DurationOption;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "qr", mixinStandardHelpOptions = true,
        description = "Check a QR or document scanner in serial mode, or read the QR codes in images.",
        subcommands = {QrCommand.Listen.class, QrDecodeCommand.class})
public final class QrCommand {

    @Command(name = "listen", mixinStandardHelpOptions = true,
            description = "Print each code scanned, as it arrives: its kind, its length, and for a machine-readable "
                    + "zone its format and whether its check digits pass. The code itself is shown only with --reveal.")
    static final class Listen implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port, e.g. /dev/serial/by-id/usb-...")
        String port;

        @Option(names = "--baud", defaultValue = "9600", paramLabel = "BAUD", converter = BaudOption.class,
                description = "Serial speed (default ${DEFAULT-VALUE}).")
        int baud;

        @Option(names = "--suffix", defaultValue = "CR", paramLabel = "CR|LF|CRLF|ETX",
                description = "The terminator the scanner sends after each code (default ${DEFAULT-VALUE}).")
        Terminator suffix;

        @Option(names = "--prefix", paramLabel = "HEX", description = "Bytes the scanner sends before each code, in hex, e.g. 02.")
        String prefix;

        @Option(names = "--max-length", defaultValue = "" + Framing.DEFAULT_MAX_LENGTH, paramLabel = "BYTES",
                description = "Longest code accepted, in bytes (default ${DEFAULT-VALUE}).")
        int maxLength;

        @Option(names = "--gb18030", description = "Read codes that are not UTF-8 as GB18030.")
        boolean gb18030;

        @Option(names = "--count", paramLabel = "N", description = "Stop after N scans; fail if fewer come within the timeout.")
        Integer count;

        @Option(names = "--timeout", defaultValue = "60s", paramLabel = "DURATION", converter = DurationOption.class,
                description = "How long to listen, e.g. 60s or 500ms, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--connect-timeout", defaultValue = "5s", paramLabel = "DURATION", converter = DurationOption.class,
                description = "How long to try to open the scanner's port (default ${DEFAULT-VALUE}).")
        Duration connectTimeout;

        @Option(names = "--json", description = "Print each scan as one JSON object per line.")
        boolean json;

        @Mixin
        SignedCodeOptions signedCodes;

        @Option(names = "--reveal", description = "Show the code and the zone's fields in full (only with the owner's consent).")
        boolean reveal;

        @Override
        public Integer call() throws InterruptedException {
            QrScanner.Options options = options();
            ScanClassifier classifier = ScanClassifier.signedCodes(signedCodes.classifier());
            if (count != null && count < 1) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--count': at least 1, got " + count);
            }
            BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
            try (QrScanner scanner = DeviceCommands.reach(new QrScanner("qr", new Endpoint.Serial(
                    SerialSettings.of(port, baud)), options, Clock.systemUTC()), "QR scanner", connectTimeout);
                 ScanRequest request = scanner.arm(scans::add)) {
                if (!json) {
                    spec.commandLine().getOut().println("Listening on " + port + "; scan a code...");
                    spec.commandLine().getOut().flush();
                }
                int received = 0;
                long deadline = System.nanoTime() + timeout.toNanos();
                while (count == null || received < count) {
                    Scan scan = scans.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (scan == null) {
                        break;
                    }
                    received++;
                    print(report(received, scan, classifier, reveal));
                }
                if (count != null && received < count) {
                    spec.commandLine().getErr().println("kioskctl: " + received + " of " + count + " scans within "
                            + DurationOption.describe(timeout));
                    return KioskCtl.EXIT_FAILED;
                }
                return 0;
            }
        }

        private QrScanner.Options options() {
            Framing framing;
            try {
                framing = Framing.suffix(suffix).withMaxLength(maxLength);
                if (prefix != null) {
                    framing = framing.withPrefix(HexFormat.of().parseHex(prefix.replace(" ", "")));
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid framing: " + e.getMessage()
                        + " (--prefix is hex such as 02, --max-length 1 to " + Framing.LARGEST_MAX_LENGTH + ")");
            }
            return QrScanner.Options.standard().withFraming(framing).withGb18030Fallback(gb18030);
        }

        private void print(Map<String, Object> report) {
            if (json) {
                JsonOutput.printLine(spec.commandLine().getOut(), report);
            } else {
                StringBuilder line = new StringBuilder();
                report.forEach((k, v) -> line.append(line.isEmpty() ? "" : "  ").append(k).append('=')
                        .append(v == null ? "-" : v));
                spec.commandLine().getOut().println(line);
                spec.commandLine().getOut().flush();
            }
        }
    }

    /** One scan as the technician sees it; the code and personal fields only when revealed. */
    static Map<String, Object> report(int number, Scan scan, ScanClassifier classifier, boolean reveal) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scan", number);
        ScanClassifier.Classification classification = classifier.classify(scan);
        r.put("kind", classification.kind());
        switch (scan) {
            case Scan.Text text -> {
                r.put("length", text.text().length());
                r.put("charset", text.charset().name());
                if (reveal) {
                    r.put("text", QrDecodeCommand.escapeControls(text.text()));
                }
            }
            case Scan.Mrz mrz -> {
                r.put("format", mrz.format().map(Enum::name).orElse(null));
                r.put("checkDigits", mrz.isValid() ? "pass" : "fail");
                mrz.failure().ifPresent(e -> {
                    r.put("reason", e.reason().name());
                    r.put("field", e.field());
                });
                mrz.data().ifPresent(data -> zone(r, data, reveal));
            }
            case Scan.Unreadable unreadable -> {
                r.put("error", unreadable.error().name());
                r.put("detail", unreadable.detail());
            }
        }
        r.putAll(classification.details());
        return r;
    }

    private static void zone(Map<String, Object> r, MrzData d, boolean reveal) {
        r.put("documentCode", d.documentCode());
        r.put("issuingState", d.issuingState());
        r.put("documentNumber", reveal ? d.documentNumber() : Masking.number(d.documentNumber()));
        String name = (d.primaryIdentifier() + " " + d.secondaryIdentifier()).strip();
        r.put("name", reveal ? name : Masking.name(name));
        r.put("birthDate", reveal ? d.birthDate() : d.birthDate().substring(0, 2) + "****");
        r.put("expiryDate", d.expiryDate());
    }
}
