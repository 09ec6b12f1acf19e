package org.kiosk.provisioning.detect;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kiosk.provisioning.DurationOption;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.provisioning.ports.SerialPortInfo;
import org.kiosk.provisioning.ports.SerialPortScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Find which device is on which serial port with each device's read-only identify handshake.",
                "Nothing is printed and nothing is written to a device. QR scanners speak only when a code is shown:"
                        + " use --listen-qr and show one, or name the scanner's port in 'configure'."})
public final class DetectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PATH", description = "A port to probe (repeatable); all serial ports of the machine when none is given.")
    List<String> ports = new ArrayList<>();

    @Option(names = "--listen-qr", paramLabel = "DURATION", converter = DurationOption.class,
            description = "Also listen this long on ports nothing answered on, for a code shown to a QR scanner, e.g. 10s.")
    Duration listenQr;

    @Option(names = "--reply-timeout", paramLabel = "DURATION", defaultValue = "150ms", converter = DurationOption.class,
            description = "How long each handshake step waits for its answer (default ${DEFAULT-VALUE}).")
    Duration replyTimeout;

    @Option(names = "--by-id", paramLabel = "DIR", defaultValue = "/dev/serial/by-id",
            description = "Where the stable port names are (default ${DEFAULT-VALUE}).")
    Path byId;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the device map as JSON to FILE, for 'configure --devices'.")
    Path outFile;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SerialPortScanner names = new SerialPortScanner(byId);
        List<String> toProbe = new ArrayList<>(ports);
        if (toProbe.isEmpty()) {
            for (SerialPortInfo p : names.scan()) {
                toProbe.add(p.path());
            }
        }
        if (toProbe.isEmpty()) {
            spec.commandLine().getErr().println("kioskctl: no serial ports to probe: none found on this machine; give --port PATH");
            return KioskCtl.EXIT_FAILED;
        }
        PortDetector.Settings settings = PortDetector.Settings.standard().withReplyTimeout(replyTimeout)
                .withQrListen(listenQr == null ? Duration.ZERO : listenQr);
        long started = System.nanoTime();
        List<PortReport> reports = new PortDetector(settings, names).detect(toProbe);
        DeviceMap map = new DeviceMap(reports, Duration.ofNanos(System.nanoTime() - started).toMillis());
        if (outFile != null) {
            map.write(outFile);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, map);
            return 0;
        }
        for (PortReport r : reports) {
            out.printf("%-16s %-15s %-7s %s%n", r.port(), r.kind(), r.baud() == null ? "-" : r.baud(),
                    r.stablePath() == null ? "(no stable name)" : r.stablePath());
            String detail = String.join("; ", nonNull(r.model(), r.serial() == null ? null : "serial " + r.serial(), r.note()));
            if (!detail.isEmpty()) {
                out.printf("%-16s   %s%n", "", detail);
            }
        }
        out.printf("%d port(s) probed in %d ms.%n", reports.size(), map.elapsedMillis());
        out.flush();
        return 0;
    }

    private static List<String> nonNull(String... values) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present;
    }
}
