package org.kiosk.sim.idcard;

import org.kiosk.sim.idcard.HostFrameDecoder.Command;
import org.kiosk.sim.idcard.HostFrameDecoder.HostFrame;
import org.kiosk.sim.idcard.HostFrameDecoder.Rejected;
import org.kiosk.sim.link.FaultQueue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader's logic without its cable: decodes host frames, keeps the card and the {@link ReaderState}, and
 * decides each reply with the faults that act on it. Thread-safe: the link thread asks for replies while tests
 * place cards and inject faults.
 */
final class SamReader {

    /** What to do for one host frame: wait {@code delay}, send {@code bytes} (maybe none), maybe pull the cable. */
    record Response(byte[] bytes, Duration delay, boolean unplug) {
    }

    private static final byte[] FIND_OK_DATA = new byte[4];
    private static final byte[] SELECT_OK_DATA = new byte[8];

    private final Object lock = new Object();
    private final byte[] samId;
    private final HostFrameDecoder decoder = new HostFrameDecoder();
    private final FaultQueue<Fault> faults;
    private Card card;
    private ReaderState state = ReaderState.NO_CARD;

    /** Replies are spoilt by what {@code faults} holds. */
    SamReader(byte[] samId, FaultQueue<Fault> faults) {
        this.samId = samId.clone();
        this.faults = faults;
    }

    List<HostFrame> decode(byte[] bytes, int length) {
        synchronized (lock) {
            return decoder.feed(bytes, 0, length);
        }
    }

    void place(Card newCard) {
        synchronized (lock) {
            card = newCard;
            state = ReaderState.CARD_PRESENT;
        }
    }

    void remove() {
        synchronized (lock) {
            card = null;
            state = ReaderState.NO_CARD;
        }
    }

    Optional<Card> card() {
        synchronized (lock) {
            return Optional.ofNullable(card);
        }
    }

    ReaderState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The link dropped: the reader lost power with it, so the card's session and any partial frame are gone. */
    void linkLost() {
        synchronized (lock) {
            decoder.reset();
            endSession();
        }
    }

    Response respond(HostFrame frame) {
        synchronized (lock) {
            ReaderCommand command = frame instanceof Command c ? ReaderCommand.of(c.cmd(), c.para()).orElse(null) : null;
            Map<Class<?>, Fault.Effect> effects = takeFaults(command);
            Duration delay = effects.get(Fault.Delay.class) instanceof Fault.Delay d ? d.delay() : Duration.ZERO;
            boolean unplug = effects.containsKey(Fault.Unplug.class);
            if (effects.containsKey(Fault.Silent.class)) {
                return new Response(new byte[0], delay, unplug);
            }
            byte[] reply = switch (effects.get(Fault.FailStatus.class)) {
                case Fault.FailStatus f -> fail(command, f.sw3());
                case Fault.NoFingerprintContent n -> SamFrames.reply(SamFrames.SW3_NO_CONTENT);
                case null, default -> answer(frame, command);
            };
            if (effects.containsKey(Fault.CorruptChecksum.class)) {
                reply[reply.length - 1] ^= (byte) 0xFF;
            }
            if (effects.get(Fault.Garbage.class) instanceof Fault.Garbage g) {
                ByteArrayOutputStream withGarbage = new ByteArrayOutputStream();
                withGarbage.writeBytes(g.bytes());
                withGarbage.writeBytes(reply);
                reply = withGarbage.toByteArray();
            }
            if (effects.get(Fault.Truncate.class) instanceof Fault.Truncate t) {
                reply = Arrays.copyOf(reply, Math.min(t.bytes(), reply.length));
            } else if (unplug) {
                reply = new byte[0];
            }
            return new Response(reply, delay, unplug);
        }
    }

    /** The first armed fault of each kind that acts on this reply; one-shot faults taken are used up. */
    private Map<Class<?>, Fault.Effect> takeFaults(ReaderCommand command) {
        Map<Class<?>, Fault.Effect> taken = new HashMap<>();
        faults.take(SamReader::kind, f -> f.appliesTo(command) && possible(f.effect(), command))
                .forEach((kind, fault) -> taken.put(kind, fault.effect()));
        return taken;
    }

    private static Class<?> kind(Fault fault) {
        // both decide the status, so they are one kind
        return fault.effect() instanceof Fault.NoFingerprintContent ? Fault.FailStatus.class : fault.effect().getClass();
    }

    private boolean possible(Fault.Effect effect, ReaderCommand command) {
        if (effect instanceof Fault.NoFingerprintContent) {
            return command == ReaderCommand.READ_TEXT_PHOTO_FINGERPRINT && state == ReaderState.CARD_SELECTED
                    && card.fingerprintCount() == 0;
        }
        return true;
    }

    private byte[] fail(ReaderCommand command, int sw3) {
        if (command == ReaderCommand.FIND_CARD || command == ReaderCommand.SELECT_CARD) {
            endSession();
        }
        return SamFrames.reply(sw3);
    }

    private byte[] answer(HostFrame frame, ReaderCommand command) {
        if (frame instanceof Rejected r) {
            return SamFrames.reply(r.sw3());
        }
        if (command == null) {
            return SamFrames.reply(SamFrames.SW3_BAD_COMMAND);
        }
        if (((Command) frame).dataLength() > 0) {
            return SamFrames.reply(SamFrames.SW3_HOST_LENGTH);
        }
        return switch (command) {
            case RESET_SAM -> {
                endSession();
                yield SamFrames.reply(SamFrames.SW3_SUCCESS);
            }
            case SAM_STATUS -> SamFrames.reply(SamFrames.SW3_SUCCESS);
            case READ_SAM_ID -> SamFrames.reply(SamFrames.SW3_SUCCESS, samId);
            case FIND_CARD -> {
                if (card == null) {
                    yield SamFrames.reply(SamFrames.SW3_FIND_FAILED);
                }
                state = ReaderState.CARD_FOUND;
                yield SamFrames.reply(SamFrames.SW3_FIND_SUCCESS, FIND_OK_DATA);
            }
            case SELECT_CARD -> {
                if (state != ReaderState.CARD_FOUND && state != ReaderState.CARD_SELECTED) {
                    yield SamFrames.reply(SamFrames.SW3_SELECT_FAILED);
                }
                state = ReaderState.CARD_SELECTED;
                yield SamFrames.reply(SamFrames.SW3_SUCCESS, SELECT_OK_DATA);
            }
            case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> {
                if (state != ReaderState.CARD_SELECTED) {
                    yield SamFrames.reply(SamFrames.SW3_READ_FAILED);
                }
                yield SamFrames.reply(SamFrames.SW3_SUCCESS,
                        readBody(card, command == ReaderCommand.READ_TEXT_PHOTO_FINGERPRINT));
            }
        };
    }

    private void endSession() {
        state = card == null ? ReaderState.NO_CARD : ReaderState.CARD_PRESENT;
    }

    /** TEXT_LEN · PHOTO_LEN · [FP_LEN] (big-endian) · text · photo · [templates]. */
    static byte[] readBody(Card card, boolean withFingerprints) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] text = card.text();
        byte[] photo = card.photo();
        List<byte[]> templates = withFingerprints ? card.fingerprints() : List.of();
        writeLength(body, text.length);
        writeLength(body, photo.length);
        if (withFingerprints) {
            writeLength(body, templates.size() * Card.TEMPLATE_BYTES);
        }
        body.writeBytes(text);
        body.writeBytes(photo);
        templates.forEach(body::writeBytes);
        return body.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        out.write(length >>> 8);
        out.write(length);
    }
}
