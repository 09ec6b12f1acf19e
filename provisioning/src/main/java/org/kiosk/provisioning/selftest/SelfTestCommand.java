package org.kiosk.provisioning.selftest;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.kiosk.device.DeviceException;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.IdCardError;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.printer.EscPosPrinter;
import org.kiosk.device.printer.PrintResult;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.Scan;
import org.kiosk.device.qr.ScanRequest;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.Terminator;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.DurationOption;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.provisioning.config.ConfigureCommand;
import org.kiosk.provisioning.config.KioskConfigFile;
import org.kiosk.provisioning.selftest.CheckResult.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"Test each configured device in turn: a test receipt, a card read, a finger capture, a QR scan,"
                + " the passport reader's presence; then the platform over mutual TLS with the kiosk's certificate.",
                "Results are saved in the kiosk's data folder (selftest.json) for 'kioskctl report'."})
public final class SelfTestCommand implements Callable<Integer> {

    private static final String PCSC_LIBRARY = "/usr/lib/x86_64-linux-gnu/libpcsclite.so.1";
    private static final Duration CONNECT = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/kiosk/kiosk.yml", description = "The configuration (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where results are saved; by default kiosk.data-dir.")
    Path dataDir;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "30s", converter = DurationOption.class,
            description = "How long to wait for a card, a finger or a scanned code (default ${DEFAULT-VALUE}).")
    Duration wait;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private KioskConfigFile file;

    @Override
    public Integer call() throws Exception {
        file = KioskConfigFile.read(config);
        // a file edited by hand since 'configure' is checked as the kiosk would check it
        file.validate();
        Path data = dataDir != null ? dataDir : Path.of(file.get("kiosk.data-dir").orElse(ConfigureCommand.DEFAULT_DATA_DIR));
        List<CheckResult> checks = new ArrayList<>();
        checks.add(run("printer", serialPort("printer"), this::printer));
        checks.add(run("idcard", serialPort("idcard"), this::idCard));
        checks.add(run("fingerprint", serialPort("fingerprint"), this::fingerprint));
        checks.add(run("qr", serialPort("qr"), this::qr));
        checks.add(run("passport", file.get("kiosk.passport.enabled").filter("true"::equals), enabled -> passport()));
        checks.add(run("platform", file.get("kiosk.platform.url"), this::platform));
        SelfTestReport report = new SelfTestReport(file.get("kiosk.id").orElse(null), Instant.now().toString(), checks);
        report.write(data);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
        } else {
            for (CheckResult c : checks) {
                out.printf("%-12s %-8s %6d ms  %s%n", c.check(), c.result(), c.durationMillis(), c.reason());
            }
            out.flush();
        }
        if (!report.passed()) {
            spec.commandLine().getErr().println("kioskctl: self-test failed: " + String.join(", ",
                    checks.stream().filter(c -> c.result() == Result.FAIL).map(CheckResult::check).toList()));
            return KioskCtl.EXIT_FAILED;
        }
        return 0;
    }

    /** One check's body: what it saw on success; throws with the reason on failure. */
    private interface Check {
        String run(String setting) throws Exception;
    }

    private CheckResult run(String name, Optional<String> setting, Check check) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Result result;
        String reason;
        if (setting.isEmpty()) {
            result = Result.SKIPPED;
            reason = "not configured";
        } else {
            try {
                reason = check.run(setting.get());
                result = Result.PASS;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = Result.FAIL;
                reason = "interrupted";
            } catch (Exception e) {
                result = Result.FAIL;
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
            }
        }
        return new CheckResult(name, result, reason, started.toString(), Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }

    private Optional<String> serialPort(String device) {
        return file.get("kiosk." + device + ".connection").filter("serial"::equals).flatMap(c -> file.get("kiosk." + device + ".serial-port"));
    }

    private int baud(String device, int standard) {
        return file.get("kiosk." + device + ".baud-rate").map(Integer::parseInt).orElse(standard);
    }

    private void prompt(String text) {
        if (!json) {
            spec.commandLine().getOut().println(text);
            spec.commandLine().getOut().flush();
        }
    }

    private String printer(String port) throws Exception {
        PrinterProfile profile = PrinterProfile.byName(file.get("kiosk.printer.profile").orElse(PrinterProfile.GENERIC_80MM.name()));
        EscPosPrinter.Timing timing = new EscPosPrinter.Timing(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(1),
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
        Endpoint endpoint = new Endpoint.Serial(SerialSettings.of(port, baud("printer", 115200)));
        try (EscPosPrinter printer = DeviceCommands.reach(new EscPosPrinter("printer", profile, endpoint, timing, Clock.systemUTC()),
                "printer", CONNECT)) {
            PrintResult r = printer.print(SampleReceipts.testPage(profile.name()));
            return "test receipt printed (" + r.bytesSent() + " bytes), paper " + r.paperAfter();
        }
    }

    private String idCard(String port) throws Exception {
        Endpoint endpoint = new Endpoint.Serial(SerialSettings.of(port, baud("idcard", IdCardReader.BAUD_RATES.getFirst())));
        try (IdCardReader reader = DeviceCommands.reach(new IdCardReader("idcard", endpoint, IdCardReader.Options.onDemand(),
                Clock.systemUTC()), "ID-card reader", CONNECT)) {
            prompt("Place an ID card on the reader...");
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                try {
                    IdentityDocument document = reader.readCard(false);
                    // only the kind of document: the card's holder is none of the report's business
                    return document.type() + " read, SAM " + reader.samId();
                } catch (DeviceException e) {
                    if (e.code() != IdCardError.NO_CARD || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    private String fingerprint(String port) throws Exception {
        FingerprintModule.Options standard = FingerprintModule.Options.standard();
        int password = file.get("kiosk.fingerprint.password").map(p -> (int) Long.parseLong(p)).orElse(0);
        FingerprintModule.Options options = new FingerprintModule.Options(standard.address(), password,
                standard.processingTime(), DurationOption.LONGEST, standard.backoff(), standard.fingerPollInterval());
        Endpoint endpoint = new Endpoint.Serial(SerialSettings.of(port, baud("fingerprint", FingerprintModule.BAUD_RATES.getFirst())));
        try (FingerprintModule module = DeviceCommands.reach(new FingerprintModule("fingerprint", endpoint, options, Clock.systemUTC()),
                "fingerprint module", CONNECT)) {
            prompt("Place a finger on the sensor...");
            module.capture(wait, () -> false);
            module.imageToFeatures(1);
            return "usable image captured, nothing kept";
        }
    }

    /** One scan through the QR driver, framed as configured; only what kind of code it was is reported. */
    private String qr(String port) throws Exception {
        Terminator suffix = file.get("kiosk.qr.suffix").flatMap(Terminator::named).orElse(Terminator.CR);
        Framing framing = Framing.suffix(suffix);
        Optional<String> prefix = file.get("kiosk.qr.prefix").filter(p -> !p.isBlank());
        if (prefix.isPresent()) {
            framing = framing.withPrefix(HexFormat.of().parseHex(prefix.get()));
        }
        QrScanner.Options options = QrScanner.Options.standard().withFraming(framing)
                .withGb18030Fallback(file.get("kiosk.qr.charset-fallback").filter("gb18030"::equals).isPresent());
        BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
        try (QrScanner scanner = DeviceCommands.reach(new QrScanner("qr", new Endpoint.Serial(SerialSettings.of(port, baud("qr", 9600))),
                options, Clock.systemUTC()), "QR scanner", CONNECT);
             ScanRequest request = scanner.arm(scans::add)) {
            prompt("Show a QR code to the scanner...");
            Scan scan = scans.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return switch (scan) {
                case null -> throw new IllegalStateException("no code scanned within " + DurationOption.describe(wait));
                case Scan.Text text -> "a code of " + text.text().length() + " characters scanned (" + text.charset() + ")";
                case Scan.Mrz mrz -> "a document's machine-readable zone scanned" + (mrz.isValid() ? "" : ", with errors");
                case Scan.Unreadable unreadable -> throw new IllegalStateException("the scan could not be read: "
                        + unreadable.error().description());
            };
        }
    }

    private String passport() throws Exception {
        Pcsc.useLibrary(Path.of(file.get("kiosk.passport.pcsc-library").orElse(PCSC_LIBRARY)));
        Pattern name = Pattern.compile(file.get("kiosk.passport.reader").orElse(""));
        try (PassportReader reader = new PassportReader("passport", new PassportReader.Options(name, Duration.ofMillis(500),
                CscaTrustStore.empty()), Clock.systemUTC())) {
            reader.start();
            if (!reader.awaitConnected(CONNECT)) {
                throw new IllegalStateException("no PC/SC reader: " + reader.status().error()
                        .map(e -> e.description()).orElse(reader.status().state().name()));
            }
            return "reader present: " + reader.identity().model();
        }
    }

    private String platform(String url) throws Exception {
        char[] keyPassword = file.get("kiosk.platform.key-store-password").orElse("").toCharArray();
        char[] trustPassword = file.get("kiosk.platform.trust-store-password").orElse("").toCharArray();
        Path keyStore = Path.of(file.get("kiosk.platform.key-store").orElseThrow(() -> new IllegalStateException("not enrolled: run 'kioskctl enroll'")));
        Path trustStore = Path.of(file.get("kiosk.platform.trust-store").orElseThrow(() -> new IllegalStateException("not enrolled: run 'kioskctl enroll'")));
        if (!Files.exists(keyStore)) {
            throw new IllegalStateException("not enrolled: no key store at " + keyStore + "; run 'kioskctl enroll'");
        }
        PlatformClient client = PlatformClient.builder(URI.create(url)).mutualTls(keyStore, keyPassword, trustStore, trustPassword)
                .requestTimeout(Duration.ofSeconds(10)).build();
        try {
            HeartbeatAck ack = client.heartbeat(new Heartbeat(Instant.now(), "kioskctl selftest", List.of(), 0));
            return "heartbeat accepted for " + ack.kioskId() + " over mutual TLS";
        } catch (PlatformException e) {
            throw new IllegalStateException("platform at " + url + ": " + e.getMessage(), e);
        }
    }
}
