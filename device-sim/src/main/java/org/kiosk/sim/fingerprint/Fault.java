package org.kiosk.sim.fingerprint;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Something wrong with the module's next reply (or every reply, when injected as persistent: see
 * {@link FingerprintModuleEmulator#inject(Fault)} and {@link FingerprintModuleEmulator#injectPersistent(Fault)}).
 * A fault acts on the reply to any instruction unless narrowed with {@link #on(Instruction, Instruction...)};
 * replies to packets the module refuses (bad checksum or length, unknown instruction) count as replies to no
 * instruction and so meet only un-narrowed faults. A reply is the acknowledge and, for UpChar, the data packets
 * after it.
 *
 * <p>Several faults can act on one reply, one of each kind; they apply in this order: the instruction is answered
 * ({@link #confirmation} replaces the answer, {@link #silent} drops it and the instruction with it), a checksum is
 * corrupted, the reply truncated, garbage put before it, the reply delayed, sent, and the cable pulled.
 *
 * @param effect what goes wrong
 * @param instructions the instructions whose replies it spoils; empty for every reply
 */
public record Fault(Effect effect, Set<Instruction> instructions) {

    /** What goes wrong. */
    public sealed interface Effect permits CorruptChecksum, Confirmation, Truncate, Garbage, Delay, Silent, Unplug,
            UnplugDuringDownload {
    }

    /** The checksum of the reply's {@code packet}-th packet (0: the acknowledge, 1...: data packets) is spoilt. */
    public record CorruptChecksum(int packet) implements Effect {
        public CorruptChecksum {
            if (packet < 0) {
                throw new IllegalArgumentException("packet index must not be negative, got " + packet);
            }
        }
    }

    /**
     * The instruction fails with this confirmation code and is not carried out: an acknowledge with zeros in its
     * fields, no data packets after it, no download.
     */
    public record Confirmation(int code) implements Effect {
        public Confirmation {
            if (code <= 0 || code > 0xFF) {
                throw new IllegalArgumentException(String.format("a failure code is 01-FF, not %02X", code));
            }
        }
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

    /** The module waits this long before answering. */
    public record Delay(Duration delay) implements Effect {
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, got " + delay);
            }
        }
    }

    /** The module ignores the packet: no reply, no change of state. */
    public record Silent() implements Effect {
    }

    /**
     * The cable is pulled after the first {@code afterBytes} bytes of the reply (acknowledge and data packets
     * counted together, garbage included; fewer if {@link Truncate} says so) have gone out; it stays out until
     * {@link FingerprintModuleEmulator#plugIn()}. The instruction itself is carried out.
     */
    public record Unplug(int afterBytes) implements Effect {
        public Unplug {
            if (afterBytes < 0) {
                throw new IllegalArgumentException("byte count must not be negative, got " + afterBytes);
            }
        }
    }

    /**
     * Acts on DownChar only: its acknowledge goes out, and the cable is pulled once the host has sent
     * {@code hostBytes} more bytes (its data packets, whole or not), so the download never completes; a download
     * that ends first is not spoilt.
     */
    public record UnplugDuringDownload(int hostBytes) implements Effect {
        public UnplugDuringDownload {
            if (hostBytes < 0) {
                throw new IllegalArgumentException("byte count must not be negative, got " + hostBytes);
            }
        }
    }

    public Fault {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(instructions, "instructions");
        instructions = instructions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(instructions));
    }

    /** The acknowledge's checksum is spoilt. */
    public static Fault corruptChecksum() {
        return of(new CorruptChecksum(0));
    }

    /** The checksum of the reply's {@code packet}-th packet is spoilt (0: the acknowledge, 1...: data packets). */
    public static Fault corruptChecksum(int packet) {
        return of(new CorruptChecksum(packet));
    }

    /** The instruction fails with {@code code}, e.g. {@code 0x03} capture failed, {@code 0x18} flash write error. */
    public static Fault confirmation(int code) {
        return of(new Confirmation(code));
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

    /** The cable is pulled instead of replying (the instruction is carried out, its reply lost). */
    public static Fault unplug() {
        return of(new Unplug(0));
    }

    /** The cable is pulled after the first {@code bytes} bytes of the reply, e.g. in the middle of an upload. */
    public static Fault unplugAfter(int bytes) {
        return of(new Unplug(bytes));
    }

    /** The cable is pulled after the host has sent {@code hostBytes} bytes of a DownChar's data packets. */
    public static Fault unplugDuringDownload(int hostBytes) {
        return new Fault(new UnplugDuringDownload(hostBytes), Set.of(Instruction.DOWN_CHAR));
    }

    /** This fault, acting only on the replies to these instructions. */
    public Fault on(Instruction first, Instruction... more) {
        return new Fault(effect, EnumSet.of(first, more));
    }

    boolean appliesTo(Instruction instruction) {
        if (effect instanceof UnplugDuringDownload && instruction != Instruction.DOWN_CHAR) {
            return false;
        }
        return instructions.isEmpty() || instruction != null && instructions.contains(instruction);
    }

    private static Fault of(Effect effect) {
        return new Fault(effect, Set.of());
    }
}
