package org.kiosk.sim.printer;

import org.kiosk.sim.cli.UntilStopped;
import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the receipt-printer emulator on its own, for the demo or for trying a driver by hand:
 * {@code printer-sim --make-pty /tmp/printer --out ./printer-out}. Runs until Ctrl-C.
 */
@Command(name = "printer-sim", mixinStandardHelpOptions = true,
        description = "Emulates an 80 mm ESC/POS receipt printer on a serial pty or a TCP port; "
                + "each cut receipt is written as a PNG.")
public final class PrinterEmulatorMain implements Callable<Integer> {

    /** Exactly one way to reach the printer. */
    static final class LinkOptions {
        @Option(names = "--pty", paramLabel = "PATH", description = "Serve an existing serial device or pty end.")
        Path pty;

        @Option(names = "--make-pty", paramLabel = "DIR",
                description = "Create a socat pty pair in DIR; the kiosk opens DIR/host.")
        Path makePty;

        @Option(names = "--tcp", paramLabel = "PORT", description = "Listen on a TCP port, like a network printer's 9100.")
        Integer tcp;
    }

    /** The --state values, as typed on the command line. */
    enum StateOption {
        ok(PrinterSimState.PAPER_OK),
        near_end(PrinterSimState.PAPER_NEAR_END),
        out(PrinterSimState.PAPER_OUT),
        cover_open(PrinterSimState.COVER_OPEN),
        offline(PrinterSimState.OFFLINE);

        final PrinterSimState state;

        StateOption(PrinterSimState state) {
            this.state = state;
        }

        static StateOption parse(String text) {
            return valueOf(text.replace('-', '_'));
        }
    }

    @ArgGroup(multiplicity = "1")
    LinkOptions link;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "./printer-out",
            description = "Folder for receipt-NNNN.png (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "ok", converter = StateConverter.class,
            description = "ok, near-end, out, cover-open or offline (default: ${DEFAULT-VALUE}).")
    StateOption state;

    @Option(names = "--font", paramLabel = "PATH", description = "TrueType font or collection (default: "
            + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc).")
    Path font;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface for --tcp (default: ${DEFAULT-VALUE}).")
    String bind;

    /** Converts --state text, naming the allowed values on error. */
    static final class StateConverter implements CommandLine.ITypeConverter<StateOption> {
        @Override
        public StateOption convert(String value) {
            try {
                return StateOption.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a state; use ok, near-end, out, cover-open or offline");
            }
        }
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new PrinterEmulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PtyPair pty = null;
        AtomicReference<PrinterEmulator> running = new AtomicReference<>();
        AtomicInteger errorsShown = new AtomicInteger();
        PrinterEmulator.Builder builder = PrinterEmulator.builder(out)
                .initialState(state.state)
                .onReceipt(r -> {
                    System.out.println("receipt " + r.png().toAbsolutePath());
                    // protocol errors name command bytes and offsets only, never receipt text
                    List<ProtocolError> errors = running.get().protocolErrors();
                    errors.subList(Math.min(errorsShown.get(), errors.size()), errors.size())
                            .forEach(e -> System.out.println("protocol error: " + e.message()));
                    errorsShown.set(errors.size());
                });
        if (font != null) {
            builder.fontFile(font);
        }
        if (link.tcp != null) {
            builder.tcp(link.tcp).bindAddress(InetAddress.getByName(bind));
        } else if (link.makePty != null) {
            pty = PtyPair.startIn(link.makePty);
            builder.serial(pty.devicePath());
        } else {
            builder.serial(link.pty);
        }
        PrinterEmulator emulator;
        try {
            emulator = builder.build();
            running.set(emulator);
            emulator.start();
        } catch (IOException e) {
            if (pty != null) {
                pty.close();
            }
            throw e;
        }
        if (link.tcp != null) {
            System.out.println("printer listening on " + bind + ":" + emulator.boundPort());
        } else if (pty != null) {
            System.out.println("printer on " + pty.devicePath() + "; the kiosk/kioskctl opens " + pty.hostPath());
        } else {
            System.out.println("printer on " + link.pty);
        }
        System.out.println("receipts go to " + out.toAbsolutePath() + "; Ctrl-C stops");
        UntilStopped.serve("printer-sim", emulator, pty);
        return 0;
    }
}
