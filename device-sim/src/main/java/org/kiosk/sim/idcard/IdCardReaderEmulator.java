package org.kiosk.sim.idcard;

import org.kiosk.sim.idcard.HostFrameDecoder.HostFrame;
import org.kiosk.sim.link.AutoOpeningLink;
import org.kiosk.sim.link.CableChoice;
import org.kiosk.sim.link.FaultingEmulator;
import org.kiosk.sim.link.Pacer;
import org.kiosk.sim.link.Replies;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A GA 467 ID-card reader (its SAM) on the device end of a cable: a serial port (the device end of a pty pair in
 * tests) or, for unit tests, a pair of streams. It answers the commands of {@link ReaderCommand} as the protocol
 * notes document them, with the card laid on it by {@link #place(Card)}, following the {@link ReaderState} machine.
 * Host frames with a bad checksum are answered {@code 10}, with a bad length {@code 11}, unknown commands
 * {@code 21}; bytes before a preamble are skipped.
 *
 * <pre>{@code
 * try (IdCardReaderEmulator reader = IdCardReaderEmulator.builder().serial(pty.devicePath()).build()) {
 *     reader.start();
 *     reader.place(CardLibrary.bundled().get("resident-fp2"));
 *     reader.inject(Fault.status(0x41).on(ReaderCommand.READ_TEXT_PHOTO));
 *     ... the driver opens pty.hostPath() ...
 * }
 * }</pre>
 *
 * <p>Replies go out at the configured baud (10 bits a byte), so a 1295-byte read reply takes about 112 ms at
 * 115200. Unplugged, the reader loses power and the card's session ends. Placing, removing, faults, unplug and
 * plug-in are thread-safe.
 */
public final class IdCardReaderEmulator extends FaultingEmulator<AutoOpeningLink, Fault> {

    public static final int DEFAULT_BAUD = 115_200;
    public static final int SAM_ID_BYTES = 16;
    // bytes 0 and 2, then three little-endian int32: shown as 05.01-20240101-123456789-987654321
    private static final byte[] DEFAULT_SAM_ID = {
        0x05, 0x00, 0x01, 0x00, (byte) 0xE5, (byte) 0xD6, 0x34, 0x01,
        0x15, (byte) 0xCD, 0x5B, 0x07, (byte) 0xB1, 0x68, (byte) 0xDE, 0x3A};

    private static final String DEVICE_NAME = "idcard-sim";

    private final SamReader reader;
    private final int baud;
    private final String description;

    private IdCardReaderEmulator(Builder b) {
        super("ID-card reader emulator", listener -> b.cable.link(DEVICE_NAME, b.baud, listener));
        this.reader = new SamReader(b.samId, faults());
        this.baud = b.baud;
        this.description = b.cable.describe();
        if (b.card != null) {
            reader.place(b.card);
        }
    }

    /** The fake SAM id reported unless the builder sets another, shown as {@code 05.01-20240101-123456789-987654321}. */
    public static byte[] defaultSamId() {
        return DEFAULT_SAM_ID.clone();
    }

    /** A builder; choose {@code serial} or {@code streams}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Opens the port (and keeps reopening it, see {@link #unplug()}) or starts reading the stream. Idempotent. */
    public void start() {
        startOnce(link()::start);
    }

    /** Lays {@code card} on the reader, replacing any card there; the host has to find and select it anew. */
    public void place(Card card) {
        reader.place(Objects.requireNonNull(card, "card"));
    }

    /** Takes the card off the reader. */
    public void remove() {
        reader.remove();
    }

    /** The card on the reader. */
    public Optional<Card> card() {
        return reader.card();
    }

    public ReaderState state() {
        return reader.state();
    }

    /** Plugs the cable back: a serial port is reopened as soon as its path exists. */
    public void plugIn() {
        link().plugIn();
    }

    public int baud() {
        return baud;
    }

    @Override
    public String toString() {
        return "IdCardReaderEmulator[" + description + ", " + baud + " baud]";
    }

    @Override
    protected void dropped() {
        reader.linkLost();
    }

    @Override
    protected void received(byte[] data, int length, Replies replies) {
        for (HostFrame frame : reader.decode(data, length)) {
            SamReader.Response response = reader.respond(frame);
            boolean sent = Pacer.pause(response.delay(), replies) && Pacer.send(response.bytes(), baud, replies);
            if (response.unplug()) {
                link().unplug();
                return;
            }
            if (!sent) {
                return;
            }
        }
    }

    /** Settings of an {@link IdCardReaderEmulator}. */
    public static final class Builder {
        private final CableChoice cable = new CableChoice();
        private int baud = DEFAULT_BAUD;
        private byte[] samId = DEFAULT_SAM_ID;
        private Card card;

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

        /** Line speed, for the port's setting and the pacing of replies; default {@value #DEFAULT_BAUD}. */
        public Builder baud(int bitsPerSecond) {
            if (bitsPerSecond <= 0) {
                throw new IllegalArgumentException("baud must be positive, got " + bitsPerSecond);
            }
            baud = bitsPerSecond;
            return this;
        }

        /** The {@value #SAM_ID_BYTES} data bytes of the read-SAM-id reply. */
        public Builder samId(byte[] id) {
            if (id.length != SAM_ID_BYTES) {
                throw new IllegalArgumentException("a SAM id has " + SAM_ID_BYTES + " bytes, got " + id.length);
            }
            samId = id.clone();
            return this;
        }

        /** A card on the reader from the start. */
        public Builder card(Card initial) {
            card = Objects.requireNonNull(initial, "initial");
            return this;
        }

        /** @throws IllegalStateException when neither serial nor streams was chosen */
        public IdCardReaderEmulator build() {
            cable.requireChosen();
            return new IdCardReaderEmulator(this);
        }
    }
}
