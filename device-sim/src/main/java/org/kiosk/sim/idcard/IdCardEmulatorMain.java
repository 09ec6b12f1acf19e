package org.kiosk.sim.idcard;

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
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the ID-card reader emulator on its own, for the demo or for trying a driver by hand:
 * {@code idcard-sim --make-pty /tmp/idcard --card resident-fp2}. Lines typed on standard input place and remove
 * cards ({@link ConsoleCommands}). Runs until Ctrl-C.
 */
@Command(name = "idcard-sim", mixinStandardHelpOptions = true,
        description = "Emulates a GA 467 ID-card reader (SAM serial protocol) on a serial pty. "
                + "Type 'place NAME', 'remove' or 'list' while it runs.")
public final class IdCardEmulatorMain implements Callable<Integer> {

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

    @Option(names = "--baud", paramLabel = "N", defaultValue = "" + IdCardReaderEmulator.DEFAULT_BAUD,
            description = "Line speed; replies are paced to it (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--card", paramLabel = "NAME-or-FILE",
            description = "Card on the reader at start: a library card's name or a card file.")
    String card;

    @Option(names = "--cards", paramLabel = "DIR",
            description = "More card files (NAME.properties), added to the bundled ones.")
    Path cards;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IdCardEmulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (baud <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baud must be positive, got " + baud);
        }
        CardLibrary library = library();
        Card initial = initialCard(library);
        PtyPair pty = link.makePty != null ? PtyPair.startIn(link.makePty) : null;
        Path device = pty != null ? pty.devicePath() : link.pty;
        IdCardReaderEmulator.Builder builder = IdCardReaderEmulator.builder().serial(device).baud(baud);
        if (initial != null) {
            builder.card(initial);
        }
        IdCardReaderEmulator emulator = builder.build();
        emulator.start();
        if (pty != null) {
            System.out.println("ID-card reader on " + pty.devicePath() + "; the kiosk/kioskctl opens "
                    + pty.hostPath() + " at " + baud + " baud");
        } else {
            System.out.println("ID-card reader on " + device + " at " + baud + " baud");
        }
        System.out.println(emulator.card().map(c -> "on the reader: " + c).orElse("no card on the reader"));
        System.out.println(ConsoleCommands.HELP + "; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            if (pty != null) {
                pty.close();
            }
            stopped.countDown();
        }, "idcard-sim shutdown"));
        Thread console = new Thread(() -> readConsole(new ConsoleCommands(library, emulator)), "idcard-sim console");
        console.setDaemon(true);
        console.start();
        stopped.await();
        return 0;
    }

    private CardLibrary library() {
        CardLibrary library = CardLibrary.bundled();
        if (cards != null) {
            try {
                library = library.with(CardLibrary.fromDirectory(cards));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--cards " + cards + ": " + e.getMessage());
            }
        }
        return library;
    }

    private Card initialCard(CardLibrary library) {
        if (card == null) {
            return null;
        }
        try {
            return library.resolve(card);
        } catch (NoSuchElementException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--card: " + e.getMessage());
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
