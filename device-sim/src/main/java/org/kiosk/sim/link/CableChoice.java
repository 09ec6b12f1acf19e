package org.kiosk.sim.link;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/** Which cable a serial-only emulator is built on: a serial port (a pty's device end) or a pair of streams for unit tests. */
public final class CableChoice {

    private Path serialPath;
    private InputStream fromHost;
    private OutputStream toHost;

    /** Serve the serial port at {@code devicePath} (for a pty pair: {@code PtyPair.devicePath()}). */
    public void serial(Path devicePath) {
        serialPath = Objects.requireNonNull(devicePath, "devicePath");
        fromHost = null;
        toHost = null;
    }

    /** Serve a pair of streams; they are closed with the emulator. */
    public void streams(InputStream fromHost, OutputStream toHost) {
        this.fromHost = Objects.requireNonNull(fromHost, "fromHost");
        this.toHost = Objects.requireNonNull(toHost, "toHost");
        serialPath = null;
    }

    /** @throws IllegalStateException when neither was chosen */
    public void requireChosen() {
        if (serialPath == null && fromHost == null) {
            throw new IllegalStateException("choose a link: serial(path) or streams(in, out)");
        }
    }

    /** The chosen link; {@code baud} is the serial port's setting (streams have none). */
    public AutoOpeningLink link(String deviceName, int baud, DeviceLink.Listener listener) {
        return serialPath != null
                ? new SerialLink(deviceName, serialPath, baud, listener)
                : new StreamLink(deviceName, fromHost, toHost, listener);
    }

    /** For {@code toString}: {@code serial /path} or {@code streams}. */
    public String describe() {
        return serialPath != null ? "serial " + serialPath : "streams";
    }
}
