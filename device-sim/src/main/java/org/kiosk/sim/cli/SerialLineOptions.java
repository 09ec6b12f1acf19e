package org.kiosk.sim.cli;

import org.kiosk.sim.pty.PtyPair;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** Exactly one serial line to serve, as an {@code @ArgGroup(multiplicity = "1")}: an existing one or a new pty pair. */
public final class SerialLineOptions {

    @Option(names = "--pty", paramLabel = "PATH", description = "Serve an existing serial device or pty end.")
    public Path pty;

    @Option(names = "--make-pty", paramLabel = "DIR",
            description = "Create a socat pty pair in DIR; the kiosk opens DIR/host.")
    public Path makePty;

    /** The pty pair asked for with {@code --make-pty}, started; null when {@code --pty} names the line. */
    public PtyPair startPty() throws IOException {
        return makePty != null ? PtyPair.startIn(makePty) : null;
    }

    /** The path the emulator serves: the device end of {@code pty}, or the {@code --pty} path without one. */
    public Path device(PtyPair pty) {
        return pty != null ? pty.devicePath() : this.pty;
    }

    /** Where {@code what} is and where the host connects, e.g. "Fingerprint module on /dev/pts/4 at 57600 baud". */
    public String announce(String what, PtyPair pty, int baud) {
        if (pty != null) {
            return what + " on " + pty.devicePath() + "; the kiosk/kioskctl opens " + pty.hostPath() + " at " + baud
                    + " baud";
        }
        return what + " on " + this.pty + " at " + baud + " baud";
    }
}
