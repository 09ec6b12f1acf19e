package org.kiosk.sim.idcard;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something wrong with the reader's next reply (or every reply, when injected as persistent: see
 * {@link IdCardReaderEmulator#inject(Fault)} and {@link IdCardReaderEmulator#injectPersistent(Fault)}).
 * A fault acts on the reply to any command unless narrowed with {@link #on(ReaderCommand, ReaderCommand...)};
 * replies to frames the reader refuses (bad checksum, bad length, unknown command) count as replies to no command
 * and so meet only un-narrowed faults.
 *
 * <p>Several faults can act on one reply, one of each kind; they apply in this order: the command is answered
 * ({@link #status} replaces the answer, {@link #silent} drops it and the command with it), the checksum is
 * corrupted, the frame truncated, garbage put before it, the reply delayed, sent, and the cable pulled.
 *
 * @param effect what goes wrong
 * @param commands the commands whose replies it spoils; empty for every reply
 */
public record Fault(Effect effect, Set<ReaderCommand> commands) {

    /** What goes wrong. */
    public sealed interface Effect permits CorruptChecksum, FailStatus, NoFingerprintContent, Truncate, Garbage,
            Delay, Silent, Unplug {
    }

    /** The reply's checksum byte is inverted. */
    public record CorruptChecksum() implements Effect {
    }

    /** The command fails with this SW3 (a reply without data); a failed find or select loses the card's session. */
    public record FailStatus(int sw3) implements Effect {
        public FailStatus {
            if (sw3 < 0 || sw3 > 0xFF) {
                throw new IllegalArgumentException("SW3 is one byte, not " + sw3);
            }
            if (sw3 == SamFrames.SW3_SUCCESS || sw3 == SamFrames.SW3_FIND_SUCCESS) {
                throw new IllegalArgumentException(String.format("SW3 %02X is a success, not a failure", sw3));
            }
        }
    }

    /**
     * Read with fingerprint on a card without templates answers {@code 91} (no such content), as some readers do,
     * instead of a reply with no templates. Acts on no other reply.
     */
    public record NoFingerprintContent() implements Effect {
    }

    /** Only the first {@code bytes} bytes of the reply (garbage included) are sent. */
    public record Truncate(int bytes) implements Effect {
        public Truncate {
            if (bytes < 0) {
                throw new IllegalArgumentException("byte count must not be negative, got " + bytes);
            }
        }
    }

    /** These bytes go out before the reply. */
    public record Garbage(byte[] bytes) implements Effect {
        public Garbage {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The reader waits this long before answering. */
    public record Delay(Duration delay) implements Effect {
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, got " + delay);
            }
        }
    }

    /** The reader ignores the command: no reply, no change of state. */
    public record Silent() implements Effect {
    }

    /**
     * The cable is pulled while the reply goes out: whatever {@link Truncate} lets through (nothing without it) is
     * sent, then the link is unplugged until {@link IdCardReaderEmulator#plugIn()}.
     */
    public record Unplug() implements Effect {
    }

    public Fault {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(commands, "commands");
        commands = commands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(commands));
    }

    public static Fault corruptChecksum() {
        return of(new CorruptChecksum());
    }

    /** The command fails with {@code sw3}, e.g. {@code 0x41} read failed, {@code 0x60} SAM self-test failed. */
    public static Fault status(int sw3) {
        return of(new FailStatus(sw3));
    }

    public static Fault noFingerprintContent() {
        return new Fault(new NoFingerprintContent(), Set.of(ReaderCommand.READ_TEXT_PHOTO_FINGERPRINT));
    }

    public static Fault truncate(int bytes) {
        return of(new Truncate(bytes));
    }

    public static Fault garbage(byte... bytes) {
        return of(new Garbage(bytes));
    }

    public static Fault delay(Duration delay) {
        return of(new Delay(delay));
    }

    public static Fault silent() {
        return of(new Silent());
    }

    public static Fault unplug() {
        return of(new Unplug());
    }

    /** This fault, acting only on the replies to these commands. */
    public Fault on(ReaderCommand first, ReaderCommand... more) {
        return new Fault(effect, EnumSet.of(first, more));
    }

    boolean appliesTo(ReaderCommand command) {
        return commands.isEmpty() || command != null && commands.contains(command);
    }

    private static Fault of(Effect effect) {
        return new Fault(effect, Set.of());
    }
}
