package org.kiosk.sim.printer;

import org.kiosk.sim.link.DeviceLink;
import org.kiosk.sim.link.LinkedEmulator;
import org.kiosk.sim.link.Replies;
import org.kiosk.sim.link.SerialLink;
import org.kiosk.sim.link.TcpLink;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An 80 mm ESC/POS receipt printer on the device end of a cable: a {@link VirtualPrinter} served over a serial
 * port (the device end of a pty pair in tests) or a TCP port like a network printer's 9100.
 *
 * <pre>{@code
 * try (PrinterEmulator printer = PrinterEmulator.builder(outDir).serial(pty.devicePath()).build()) {
 *     printer.start();
 *     ... the driver opens pty.hostPath() and prints ...
 *     printer.awaitReceipts(1, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>A link that drops (host disconnects, cable pulled, {@link #unplug()}) discards the job in progress: a
 * receipt exists only once its cut has been received. Start, stop, unplug and plug-in are thread-safe.
 */
public final class PrinterEmulator extends LinkedEmulator<DeviceLink> {

    private static final String DEVICE_NAME = "printer-sim";
    private static final int SERIAL_BAUD = 115_200;

    private final VirtualPrinter printer;
    private final String description;
    private final Object lock = new Object();
    private long unplugAfter = -1;

    private PrinterEmulator(Builder b) throws IOException {
        super("printer emulator", listener -> b.serialPath != null
                ? new SerialLink(DEVICE_NAME, b.serialPath, SERIAL_BAUD, listener)
                : new TcpLink(DEVICE_NAME, b.bindAddress, b.tcpPort, listener));
        this.printer = new VirtualPrinter(b.settings, b.onReceipt);
        this.description = b.serialPath != null ? "serial " + b.serialPath : "tcp " + b.bindAddress.getHostAddress();
    }

    /** A builder writing receipts to {@code outputDirectory}; choose {@code serial} or {@code tcp}. */
    public static Builder builder(Path outputDirectory) {
        return new Builder(outputDirectory);
    }

    /** Opens the port or starts listening. Idempotent. */
    public void start() throws IOException {
        startOnce(link()::start);
    }

    /** The emulated mechanism: state, receipts, errors. */
    public VirtualPrinter printer() {
        return printer;
    }

    /**
     * The TCP port listened on (useful with port 0).
     *
     * @throws IllegalStateException for a serial emulator or before {@link #start()}
     */
    public int boundPort() {
        int port = link().boundPort();
        if (port < 0) {
            throw new IllegalStateException("no TCP port: " + description + (started() ? "" : " (not started)"));
        }
        return port;
    }

    /**
     * Pulls the cable: TCP closes the client and the listener; serial closes the port and stops reopening it.
     * The job in progress is discarded.
     */
    @Override
    public void unplug() {
        synchronized (lock) {
            unplugAfter = -1;
        }
        super.unplug();
    }

    /** Plugs the cable back: TCP listens again on the same port; serial reopens its path as soon as it exists. */
    public void plugIn() throws IOException {
        link().plugIn();
    }

    /**
     * Simulates the cable pulled mid-job: once {@code n} more bytes have been received the link is unplugged
     * (bytes beyond the n-th in the same read are lost with it). Undo with {@link #plugIn()}.
     */
    public void unplugAfterBytes(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("byte count must not be negative, got " + n);
        }
        if (n == 0) {
            unplug();
            return;
        }
        synchronized (lock) {
            unplugAfter = n;
        }
    }

    public void setState(PrinterSimState state) {
        printer.setState(state);
    }

    public void setSilent(boolean silent) {
        printer.setSilent(silent);
    }

    public List<RenderedReceipt> receipts() {
        return printer.receipts();
    }

    public List<ProtocolError> protocolErrors() {
        return printer.protocolErrors();
    }

    public boolean awaitReceipts(int count, Duration timeout) throws InterruptedException {
        return printer.awaitReceipts(count, timeout);
    }

    @Override
    public String toString() {
        return "PrinterEmulator[" + description + "]";
    }

    @Override
    protected void dropped() {
        printer.linkLost();
    }

    @Override
    protected void received(byte[] data, int length, Replies replies) {
        int accepted = length;
        boolean pullCable = false;
        synchronized (lock) {
            if (unplugAfter > 0) {
                accepted = (int) Math.min(length, unplugAfter);
                unplugAfter -= accepted;
                if (unplugAfter == 0) {
                    unplugAfter = -1;
                    pullCable = true;
                }
            }
        }
        printer.receive(data, 0, accepted, bytes -> replies.write(bytes, 0, bytes.length));
        if (pullCable) {
            link().unplug();
        }
    }

    /** Settings of a {@link PrinterEmulator}. */
    public static final class Builder {
        private PrinterSettings settings;
        private Consumer<RenderedReceipt> onReceipt = r -> { };
        private Path serialPath;
        private Integer tcpPort;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();

        private Builder(Path outputDirectory) {
            this.settings = PrinterSettings.defaults(outputDirectory);
        }

        /** TrueType font or collection for text (default: Debian's WenQuanYi Micro Hei). */
        public Builder fontFile(Path file) {
            settings = settings.withFontFile(Objects.requireNonNull(file, "file"));
            return this;
        }

        public Builder paperSensorBits(PaperSensorBits bits) {
            settings = settings.withPaperSensorBits(Objects.requireNonNull(bits, "bits"));
            return this;
        }

        public Builder initialState(PrinterSimState state) {
            settings = settings.withInitialState(Objects.requireNonNull(state, "state"));
            return this;
        }

        /** Told of each rendered receipt on the emulator's link thread. */
        public Builder onReceipt(Consumer<RenderedReceipt> listener) {
            onReceipt = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Serve the serial port at {@code devicePath} (for a pty pair: {@code PtyPair.devicePath()}). */
        public Builder serial(Path devicePath) {
            serialPath = Objects.requireNonNull(devicePath, "devicePath");
            tcpPort = null;
            return this;
        }

        /** Listen on TCP {@code port}; 0 picks a free one (see {@link PrinterEmulator#boundPort()}). */
        public Builder tcp(int port) {
            tcpPort = port;
            serialPath = null;
            return this;
        }

        /** Interface to listen on for TCP; loopback by default. */
        public Builder bindAddress(InetAddress address) {
            bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @throws IllegalStateException when neither serial nor tcp was chosen
         * @throws IOException when the font cannot be loaded or the output directory made
         */
        public PrinterEmulator build() throws IOException {
            if (serialPath == null && tcpPort == null) {
                throw new IllegalStateException("choose a link: serial(path) or tcp(port)");
            }
            return new PrinterEmulator(this);
        }
    }
}
