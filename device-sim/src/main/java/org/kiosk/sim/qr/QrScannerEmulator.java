package org.kiosk.sim.qr;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kiosk.sim.link.AutoOpeningLink;
import org.kiosk.sim.link.CableChoice;
import org.kiosk.sim.link.FaultingEmulator;
import org.kiosk.sim.link.Replies;

/**
 * A QR or document scanner in serial (USB-CDC) mode on the device end of a cable: each code "read" goes to the host
 * unasked as its text in the scanner's character set, between an optional prefix and the terminator the scanner is
 * set to. What the host sends is ignored (a scanner in this mode takes no commands).
 *
 * <ul>
 *   <li>{@link #scan(String)} one code; {@link #scanBytes(byte[])} a code given as raw bytes (text that is not
 *       UTF-8, GB18030); {@link #burst(List)} several codes in one write, back to back, as a document scanner sends
 *       the lines of a machine-readable zone;</li>
 *   <li>{@link #sendRaw(byte[])} bytes outside any frame (garbage);</li>
 *   <li>faults ({@link Fault}) spoil the next scan: noise ahead of it, a missing terminator, a byte per write;</li>
 *   <li>{@link #unplug()} pulls the cable, {@link #plugIn()} puts it back.</li>
 * </ul>
 *
 * <p>Scanning with no host connected sends nothing and returns false, as a real scanner's beep goes unheard.
 */
public final class QrScannerEmulator extends FaultingEmulator<AutoOpeningLink, Fault> {

    public static final int DEFAULT_BAUD = 9600;

    private static final String DEVICE_NAME = "qr-sim";

    private final byte[] prefix;
    private final Suffix suffix;
    private final Charset charset;
    private final String description;
    private final Object writeLock = new Object();
    private volatile Replies host;

    private QrScannerEmulator(Builder b) {
        super("QR scanner emulator", listener -> b.cable.link(DEVICE_NAME, b.baud, listener));
        this.prefix = b.prefix.clone();
        this.suffix = b.suffix;
        this.charset = b.charset;
        this.description = b.cable.describe() + ", suffix " + b.suffix + (prefix.length > 0 ? ", with prefix" : "")
                + ", " + b.charset.name();
    }

    /** A builder; choose {@code serial} or {@code streams}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Opens the port (and keeps reopening it, see {@link #unplug()}) or starts reading the streams. Idempotent. */
    public void start() {
        startOnce(link()::start);
    }

    public void plugIn() {
        link().plugIn();
    }

    /** Waits until a host is connected and a scan can reach it; false on timeout. */
    public boolean awaitHost(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (host == null || !host.isOpen()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Sends one code as text in the scanner's character set; false when no host received it. */
    public boolean scan(String code) {
        return scanBytes(code.getBytes(charset));
    }

    /** Sends one code given as bytes, framed; false when no host received it. */
    public boolean scanBytes(byte[] code) {
        return send(List.of(code));
    }

    /** Sends several codes framed one after the other in a single write; false when no host received them. */
    public boolean burst(List<String> codes) {
        return send(codes.stream().map(code -> code.getBytes(charset)).toList());
    }

    /** Sends bytes outside any frame; false when no host received them. */
    public boolean sendRaw(byte[] bytes) {
        return write(bytes, false);
    }

    private boolean send(List<byte[]> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean byteByByte = false;
        for (byte[] code : codes) {
            Map<Fault.Kind, Fault> faults = faults().take(Fault::kind, f -> true);
            Fault noise = faults.get(Fault.Kind.NOISE_BEFORE);
            if (noise != null) {
                out.writeBytes(noise.noise());
            }
            out.writeBytes(prefix);
            out.writeBytes(code);
            if (!faults.containsKey(Fault.Kind.NO_SUFFIX)) {
                out.writeBytes(suffix.bytes());
            }
            byteByByte |= faults.containsKey(Fault.Kind.BYTE_BY_BYTE);
        }
        return write(out.toByteArray(), byteByByte);
    }

    private boolean write(byte[] bytes, boolean byteByByte) {
        synchronized (writeLock) {
            Replies to = host;
            if (to == null || !to.isOpen()) {
                return false;
            }
            if (!byteByByte) {
                return to.write(bytes, 0, bytes.length);
            }
            for (int i = 0; i < bytes.length; i++) {
                if (!to.write(bytes, i, 1)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    protected void connected(Replies replies) {
        host = replies;
    }

    @Override
    protected void received(byte[] data, int length, Replies replies) {
        host = replies;
    }

    @Override
    protected void dropped() {
        // nothing to forget: the kept replies report themselves closed, and a new connection brings new ones
    }

    @Override
    public String toString() {
        return "QrScannerEmulator[" + description + "]";
    }

    /** Chooses the cable and the scanner's settings. */
    public static final class Builder {
        private final CableChoice cable = new CableChoice();
        private int baud = DEFAULT_BAUD;
        private Suffix suffix = Suffix.CR;
        private byte[] prefix = new byte[0];
        private Charset charset = StandardCharsets.UTF_8;

        private Builder() {
        }

        /** Serve the serial port at {@code devicePath} (for a pty pair: {@code PtyPair.devicePath()}). */
        public Builder serial(Path devicePath) {
            cable.serial(devicePath);
            return this;
        }

        /** Serve a pair of streams; they are closed with the emulator. */
        public Builder streams(InputStream fromHost, OutputStream toHost) {
            cable.streams(fromHost, toHost);
            return this;
        }

        public Builder baud(int baud) {
            if (baud <= 0) {
                throw new IllegalArgumentException("baud must be positive, got " + baud);
            }
            this.baud = baud;
            return this;
        }

        public Builder suffix(Suffix suffix) {
            this.suffix = Objects.requireNonNull(suffix);
            return this;
        }

        /** Bytes sent before each code (STX, {@code 02}, on many scanners); none by default. */
        public Builder prefix(byte[] prefix) {
            this.prefix = prefix.clone();
            return this;
        }

        /** The character set codes are sent in: UTF-8 by default, GB18030 on older Chinese scanners. */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset);
            return this;
        }

        public QrScannerEmulator build() {
            cable.requireChosen();
            return new QrScannerEmulator(this);
        }
    }
}
