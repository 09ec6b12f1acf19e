package org.kiosk.sim.idcard;

import org.kiosk.sim.cli.SerialLineOptions;
import org.kiosk.sim.cli.UntilStopped;
import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * Runs the ID-card reader emulator on its own, for the demo or for trying a driver by hand:
 * {@code idcard-sim --make-pty /tmp/idcard --card resident-fp2}. Lines typed on standard input place and remove
 * cards ({@link ConsoleCommands}). Runs until Ctrl-C.
 */
@Command(name = "idcard-sim", mixinStandardHelpOptions = true,
        description = "Emulates a GA 467 ID-card reader (SAM serial protocol) on a serial pty. "
                + "Type 'place NAME', 'remove' or 'list' while it runs.")
public final class IdCardEmulatorMain implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    SerialLineOptions link;

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
        PtyPair pty = link.startPty();
        Path device = link.device(pty);
        IdCardReaderEmulator.Builder builder = IdCardReaderEmulator.builder().serial(device).baud(baud);
        if (initial != null) {
            builder.card(initial);
        }
        IdCardReaderEmulator emulator = builder.build();
        emulator.start();
        System.out.println(link.announce("ID-card reader", pty, baud));
        System.out.println(emulator.card().map(c -> "on the reader: " + c).orElse("no card on the reader"));
        System.out.println(ConsoleCommands.HELP + "; Ctrl-C stops");
        UntilStopped.serve("idcard-sim", emulator, pty, new ConsoleCommands(library, emulator)::execute);
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
}
