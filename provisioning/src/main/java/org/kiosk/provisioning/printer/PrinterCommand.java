package org.kiosk.provisioning.printer;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.printer.EscPosPrinter;
import org.kiosk.device.printer.PrintResult;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.device.printer.PrinterProfile;
import org.kiosk.device.printer.receipt.SampleReceipts;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.provisioning.BaudOption;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.DurationOption;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "printer", mixinStandardHelpOptions = true, description = "Check and test an ESC/POS receipt printer.",
        subcommands = {PrinterCommand.Status.class, PrinterCommand.Test.class})
public final class PrinterCommand {

    /** Where the printer is: exactly one of a serial port or a TCP address. */
    static final class Target {
        @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port, e.g. /dev/serial/by-id/usb-...")
        String port;

        @Option(names = "--tcp", required = true, paramLabel = "HOST:PORT", description = "Network printer, e.g. 192.0.2.10:9100")
        String tcp;
    }

    /** Options shared by the printer commands. */
    abstract static class PrinterOptions {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--baud", defaultValue = "115200", converter = BaudOption.class,
                description = "Serial speed (default ${DEFAULT-VALUE}).")
        int baud;

        @Option(names = "--profile", defaultValue = "generic-80mm", description = "Printer profile (default ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}",
                completionCandidates = ProfileNames.class)
        String profile;

        @Option(names = "--timeout", defaultValue = "5s", description = "How long to try to reach the printer, at most 3600s (default ${DEFAULT-VALUE}).",
                converter = DurationOption.class)
        Duration timeout;

        PrinterProfile profile() {
            try {
                return PrinterProfile.byName(profile);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
            }
        }

        Endpoint endpoint() {
            try {
                return target.port != null
                        ? new Endpoint.Serial(SerialSettings.of(target.port, baud))
                        : new Endpoint.Tcp(target.tcp);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        /** A driver that has reached the printer, or a one-line failure. */
        EscPosPrinter connect() throws Exception {
            Endpoint endpoint = endpoint();
            EscPosPrinter.Timing timing = new EscPosPrinter.Timing(Duration.ofSeconds(1), Duration.ofSeconds(30),
                    Duration.ofHours(1), new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
            return DeviceCommands.reach(new EscPosPrinter("printer", profile(), endpoint, timing, Clock.systemUTC()), "printer", timeout);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Read the printer's real-time status.")
    static final class Status extends PrinterOptions implements Callable<Integer> {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (EscPosPrinter printer = connect()) {
                DeviceStatus s = printer.status();
                PrinterDetail d = s.detail() instanceof PrinterDetail p ? p : PrinterDetail.UNKNOWN;
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("endpoint", printer.identity().connection());
                report.put("profile", printer.identity().model());
                report.put("state", s.state().name());
                report.put("paper", d.paper().name());
                report.put("cover", d.cover().name());
                s.error().ifPresent(e -> {
                    report.put("error", e.name());
                    report.put("action", e.action().name());
                    report.put("description", e.description());
                });
                DeviceCommands.print(spec, json, report);
                return 0;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Print a test receipt: Chinese and English text, a QR code of " + SampleReceipts.TEST_QR_PAYLOAD + ", a cut.")
    static final class Test extends PrinterOptions implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            try (EscPosPrinter printer = connect()) {
                PrintResult r;
                try {
                    r = printer.print(SampleReceipts.testPage(profile));
                } catch (DeviceException e) {
                    return DeviceCommands.failed(spec, "test receipt not printed", e);
                }
                out().printf("Test receipt printed (%d bytes) on %s; paper %s.%n", r.bytesSent(),
                        printer.identity().connection(), r.paperAfter());
                if (printer.status().state() != DeviceState.ONLINE) {
                    out().printf("Printer now %s.%n", printer.status().state());
                }
                out().flush();
                return 0;
            }
        }
    }

    static final class ProfileNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return PrinterProfile.names().iterator();
        }
    }
}
