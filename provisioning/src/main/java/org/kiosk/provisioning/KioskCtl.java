package org.kiosk.provisioning;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.kiosk.provisioning.calendar.CalendarCommand;
import org.kiosk.provisioning.config.ConfigureCommand;
import org.kiosk.provisioning.detect.DetectCommand;
import org.kiosk.provisioning.enroll.EnrollCommand;
import org.kiosk.provisioning.report.ReportCommand;
import org.kiosk.provisioning.selftest.SelfTestCommand;
import org.kiosk.provisioning.status.StatusCommand;
import org.kiosk.provisioning.udev.UdevRulesCommand;
import org.kiosk.provisioning.fingerprint.FingerprintCommand;
import org.kiosk.provisioning.idcard.IdCardCommand;
import org.kiosk.provisioning.passport.PassportCommand;
import org.kiosk.provisioning.ports.PortsCommand;
import org.kiosk.provisioning.printer.PrinterCommand;
import org.kiosk.provisioning.qr.QrCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * kioskctl: what a field technician runs to find, test and set up a kiosk's peripherals.
 * Exit codes: 0 success, 1 the device or check failed, 2 the command line was wrong.
 */
@Command(name = "kioskctl", mixinStandardHelpOptions = true, version = "kioskctl 0.1.0",
        description = "Provision and diagnose a government self-service kiosk.",
        subcommands = {PortsCommand.class, PrinterCommand.class, IdCardCommand.class, FingerprintCommand.class,
                CalendarCommand.class, QrCommand.class, PassportCommand.class, DetectCommand.class,
                ConfigureCommand.class, EnrollCommand.class, UdevRulesCommand.class,
                SelfTestCommand.class, ReportCommand.class, StatusCommand.class})
public final class KioskCtl {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(writer(System.out), writer(System.err), args));
    }

    /** Runs one command line writing results to {@code out} and failures to {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new KioskCtl());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("kioskctl: " + oneLine(e));
            return EXIT_FAILED;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            e.getCommandLine().getErr().println("kioskctl: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }

    /** In the console's encoding, so Chinese text reaches a technician's terminal intact. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ');
    }
}
