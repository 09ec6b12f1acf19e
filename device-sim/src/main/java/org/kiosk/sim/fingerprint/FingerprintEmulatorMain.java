package org.kiosk.sim.fingerprint;

import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fingerprint module emulator on its own, for the demo or for trying a driver by hand:
 * {@code fingerprint-sim --make-pty /tmp/fingerprint}. Lines typed on standard input put fingers on the sensor
 * ({@link ConsoleCommands}), e.g. the finger matching a bundled ID card's template. Runs until Ctrl-C.
 */
@Command(name = "fingerprint-sim", mixinStandardHelpOptions = true,
        description = "Emulates an AS608/R30x fingerprint module (UART packet protocol) on a serial pty. "
                + "Type 'finger CARDNAME [n]', 'stranger', 'nofinger', 'poor 06|07' or 'list' while it runs.")
public final class FingerprintEmulatorMain implements Callable<Integer> {

    /** Exactly one serial line to serve. */
    static final class LinkOptions {
        @Option(names = "--pty", paramLabel = "PATH", description = "Serve an existing serial device or pty end.")
        Path pty;

        @Option(names = "--make-pty", paramLabel = "DIR",
                description = "Create a socat pty pair in DIR; the kiosk opens DIR/host.")
        Path makePty;
    }

    @ArgGroup(multiplicity = "1")
    LinkOptions link;

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
        PtyPair pty = link.makePty != null ? PtyPair.startIn(link.makePty) : null;
        Path device = pty != null ? pty.devicePath() : link.pty;
        FingerprintModuleEmulator emulator = builder.serial(device).build();
        emulator.start();
        if (pty != null) {
            System.out.println("Fingerprint module on " + pty.devicePath() + "; the kiosk/kioskctl opens "
                    + pty.hostPath() + " at " + baud + " baud");
        } else {
            System.out.println("Fingerprint module on " + device + " at " + baud + " baud");
        }
        System.out.println("no finger on the sensor; " + ConsoleCommands.HELP + "; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            if (pty != null) {
                pty.close();
            }
            stopped.countDown();
        }, "fingerprint-sim shutdown"));
        ConsoleCommands commands = new ConsoleCommands(CardLibrary.bundled(), emulator);
        Thread console = new Thread(() -> readConsole(commands), "fingerprint-sim console");
        console.setDaemon(true);
        console.start();
        stopped.await();
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

    // standard input closed (run in the background) leaves the emulator running without a console
    private static void readConsole(ConsoleCommands commands) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String answer = commands.execute(line);
                if (!answer.isEmpty()) {
                    System.out.println(answer);
                }
            }
        } catch (IOException e) {
            System.out.println("console closed: " + e.getMessage());
        }
    }
}
