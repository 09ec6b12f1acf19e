package org.kiosk.sim.fingerprint;

import org.kiosk.sim.cli.SerialLineOptions;
import org.kiosk.sim.cli.UntilStopped;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Runs the fingerprint module emulator on its own, for the demo or for trying a driver by hand:
 * {@code fingerprint-sim --make-pty /tmp/fingerprint}. Lines typed on standard input put fingers on the sensor
 * ({@link ConsoleCommands}), e.g. the finger matching a bundled ID card's template. Runs until Ctrl-C.
 */
@Command(name = "fingerprint-sim", mixinStandardHelpOptions = true,
        description = "Emulates an AS608/R30x fingerprint module (UART packet protocol) on a serial pty. "
                + "Type 'finger CARDNAME [n]', 'stranger', 'nofinger', 'poor 06|07' or 'list' while it runs.")
public final class FingerprintEmulatorMain implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    SerialLineOptions link;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "" + FingerprintModuleEmulator.DEFAULT_BAUD,
            description = "Line speed, a multiple of 9600 up to 115200; replies are paced to it "
                    + "(default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "0",
            description = "The module's 32-bit password, decimal or 0x hex; any but 0 must be verified first "
                    + "(default: ${DEFAULT-VALUE}).")
    String password;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FingerprintEmulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        FingerprintModuleEmulator.Builder builder = FingerprintModuleEmulator.builder().password(parsePassword());
        try {
            builder.baud(baud);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baud: " + e.getMessage());
        }
        PtyPair pty = link.startPty();
        Path device = link.device(pty);
        FingerprintModuleEmulator emulator = builder.serial(device).build();
        emulator.start();
        System.out.println(link.announce("Fingerprint module", pty, baud));
        System.out.println("no finger on the sensor; " + ConsoleCommands.HELP + "; Ctrl-C stops");
        UntilStopped.serve("fingerprint-sim", emulator, pty,
                new ConsoleCommands(CardLibrary.bundled(), emulator)::execute);
        return 0;
    }

    int parsePassword() {
        try {
            long value = Long.decode(password);
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw new NumberFormatException();
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--password must be a 32-bit value, decimal or 0x hex, e.g. 0x0000ABCD");
        }
    }
}
