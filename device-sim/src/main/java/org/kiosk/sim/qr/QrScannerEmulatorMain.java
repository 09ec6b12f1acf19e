package org.kiosk.sim.qr;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.kiosk.sim.cli.SerialLineOptions;
import org.kiosk.sim.cli.UntilStopped;
import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs the QR scanner emulator on its own: {@code qr-sim --make-pty /tmp/qr CODE...}. The codes given as arguments
 * are read again and again, as codes held under the scanner are, so a host that opens the line later still gets
 * them (a driver drops the repeats); each line typed on standard input is scanned once, and lines starting with
 * {@code :} are commands ({@link ConsoleCommands}). Runs until Ctrl-C.
 */
@Command(name = "qr-sim", mixinStandardHelpOptions = true,
        description = "Emulates a QR or document scanner in serial mode on a pty: each code goes to the host as text "
                + "and a terminator. Type a code to scan it, or ':help' for bursts, MRZ specimens, faults and unplug.")
public final class QrScannerEmulatorMain implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    SerialLineOptions link;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "" + QrScannerEmulator.DEFAULT_BAUD,
            description = "Line speed (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--suffix", paramLabel = "CR|LF|CRLF|ETX", defaultValue = "CR",
            description = "Terminator after each code (default: ${DEFAULT-VALUE}).")
    Suffix suffix;

    @Option(names = "--prefix", paramLabel = "HEX", description = "Bytes before each code, in hex, e.g. 02 (STX).")
    String prefix;

    @Option(names = "--charset", paramLabel = "UTF-8|GB18030", defaultValue = "UTF-8",
            description = "Character set codes are sent in (default: ${DEFAULT-VALUE}).")
    String charset;

    @Parameters(paramLabel = "CODE", arity = "0..*",
            description = "Codes held under the scanner: scanned every --every interval until stopped.")
    List<String> codes = List.of();

    @Option(names = "--every", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between readings of the CODE arguments; 0 scans them once (default: ${DEFAULT-VALUE}).")
    long everyMillis;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new QrScannerEmulatorMain());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        QrScannerEmulator.Builder builder = QrScannerEmulator.builder().suffix(suffix).charset(parseCharset());
        try {
            builder.baud(baud);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baud: " + e.getMessage());
        }
        if (prefix != null) {
            builder.prefix(parsePrefix());
        }
        PtyPair pty = link.startPty();
        Path device = link.device(pty);
        QrScannerEmulator scanner = builder.serial(device).build();
        scanner.start();
        System.out.println(link.announce("QR scanner", pty, baud));
        System.out.println(ConsoleCommands.HELP + "; Ctrl-C stops");
        if (everyMillis < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--every must be 0 or more milliseconds");
        }
        if (!codes.isEmpty()) {
            System.out.println("holding " + codes.size() + " code(s) under the scanner"
                    + (everyMillis > 0 ? ", read every " + everyMillis + " ms" : ", read once"));
            Thread reading = new Thread(() -> hold(scanner), "qr-sim held codes");
            reading.setDaemon(true);
            reading.start();
        }
        UntilStopped.serve("qr-sim", scanner, pty, new ConsoleCommands(scanner)::execute);
        return 0;
    }

    private void hold(QrScannerEmulator scanner) {
        try {
            do {
                scanner.burst(codes);
                Thread.sleep(Math.max(everyMillis, 1));
            } while (everyMillis > 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Charset parseCharset() {
        return switch (charset.strip().toUpperCase()) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--charset must be UTF-8 or GB18030");
        };
    }

    private byte[] parsePrefix() {
        try {
            byte[] bytes = HexFormat.of().parseHex(prefix.replace(" ", ""));
            if (bytes.length == 0 || bytes.length > 8) {
                throw new IllegalArgumentException();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--prefix must be 1 to 8 bytes in hex, e.g. 02");
        }
    }
}
