package org.kiosk.sim.fingerprint;

import org.kiosk.sim.fingerprint.HostPacketDecoder.HostPacket;
import org.kiosk.sim.fingerprint.HostPacketDecoder.Packet;
import org.kiosk.sim.link.FaultQueue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.kiosk.sim.fingerprint.ModulePackets.COMBINE_FAILED;
import static org.kiosk.sim.fingerprint.ModulePackets.DELETE_FAILED;
import static org.kiosk.sim.fingerprint.ModulePackets.IMAGE_UPLOAD_FAILED;
import static org.kiosk.sim.fingerprint.ModulePackets.INVALID_REGISTER;
import static org.kiosk.sim.fingerprint.ModulePackets.NOT_FOUND;
import static org.kiosk.sim.fingerprint.ModulePackets.NO_FINGER;
import static org.kiosk.sim.fingerprint.ModulePackets.NO_MATCH;
import static org.kiosk.sim.fingerprint.ModulePackets.NO_VALID_IMAGE;
import static org.kiosk.sim.fingerprint.ModulePackets.OK;
import static org.kiosk.sim.fingerprint.ModulePackets.PACKET_ERROR;
import static org.kiosk.sim.fingerprint.ModulePackets.PAGE_OUT_OF_RANGE;
import static org.kiosk.sim.fingerprint.ModulePackets.PASSWORD_FIRST;
import static org.kiosk.sim.fingerprint.ModulePackets.PID_COMMAND;
import static org.kiosk.sim.fingerprint.ModulePackets.PID_DATA;
import static org.kiosk.sim.fingerprint.ModulePackets.PID_END_DATA;
import static org.kiosk.sim.fingerprint.ModulePackets.TEMPLATE_READ_ERROR;
import static org.kiosk.sim.fingerprint.ModulePackets.WRONG_PASSWORD;
import static org.kiosk.sim.fingerprint.ModulePackets.ack;
import static org.kiosk.sim.fingerprint.ModulePackets.concat;
import static org.kiosk.sim.fingerprint.ModulePackets.dataPackets;
import static org.kiosk.sim.fingerprint.ModulePackets.putInt;
import static org.kiosk.sim.fingerprint.ModulePackets.putU16;
import static org.kiosk.sim.fingerprint.ModulePackets.u16;
import static org.kiosk.sim.fingerprint.ModulePackets.u32;

/**
 * The module's logic without its cable: decodes host packets, keeps the system parameters, the scripted finger,
 * the captured image, the two character buffers and the template library, and decides each reply with the faults
 * that act on it. Thread-safe: the link thread asks for replies while tests script the finger and inject faults.
 *
 * <p>Power (the link) lost: the password has to be verified again, the image and buffers are gone, a download is
 * abandoned; the library and the system parameters are kept, as they live in flash.
 */
final class ModuleCore {

    /** What to do: wait {@code delay}, send {@code bytes} (maybe none) at {@code baud}, maybe pull the cable. */
    record Response(byte[] bytes, Duration delay, int baud, boolean unplug) {
    }

    /** Settings fixed when the module is made. */
    record Settings(int address, int password, boolean passwordRequired, int capacity, int securityLevel,
                    int packetSize, int baud) {
    }

    /** What lies on the sensor, or what was captured from it. */
    sealed interface Finger {
    }

    record NoFinger() implements Finger {
    }

    record LiveFinger(byte[] template) implements Finger {
    }

    record PoorFinger(int code) implements Finger {
    }

    /** A DownChar in progress: the data packets' bytes so far, up to one template. */
    private static final class Download {
        final int buffer;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        boolean overflow;

        Download(int buffer) {
            this.buffer = buffer;
        }
    }

    static final int SYSTEM_ID = 0x0009;
    static final int[] PACKET_SIZES = {32, 64, 128, 256};
    static final int BAUD_UNIT = 9600;
    static final int MAX_BAUD_MULTIPLE = 12;
    static final int MAX_SECURITY_LEVEL = 5;
    static final int INDEX_TABLE_PAGES = 4;
    private static final int REGISTER_BAUD = 4;
    private static final int REGISTER_SECURITY = 5;
    private static final int REGISTER_PACKET_SIZE = 6;
    private static final int STATUS_PASSWORD_VERIFIED = 0x04;
    private static final int STATUS_IMAGE_VALID = 0x08;

    private final Object lock = new Object();
    private final int address;
    private final int password;
    private final boolean passwordRequired;
    private final HostPacketDecoder decoder;
    private final byte[][] library;
    private final byte[][] buffers = new byte[2][MatchRule.TEMPLATE_BYTES];
    private final FaultQueue<Fault> faults;
    private final SplittableRandom random = new SplittableRandom(0x5233_3037L);
    private int securityLevel;
    private int packetSizeCode;
    private int baudMultiple;
    private boolean verified;
    private Finger finger = new NoFinger();
    private Finger image;
    private Download download;
    // host bytes still allowed in before the cable is pulled in the middle of a download; -1 when none armed
    private int pullBudget = -1;

    /** Replies are spoilt by what {@code faults} holds. */
    ModuleCore(Settings settings, FaultQueue<Fault> faults) {
        this.faults = faults;
        this.address = settings.address();
        this.password = settings.password();
        this.passwordRequired = settings.passwordRequired();
        this.decoder = new HostPacketDecoder(address);
        this.library = new byte[settings.capacity()][];
        this.securityLevel = settings.securityLevel();
        this.packetSizeCode = Arrays.binarySearch(PACKET_SIZES, settings.packetSize());
        this.baudMultiple = settings.baud() / BAUD_UNIT;
    }

    void place(Finger newFinger) {
        synchronized (lock) {
            finger = newFinger;
        }
    }

    void store(int page, byte[] template) {
        synchronized (lock) {
            library[page] = template.clone();
        }
    }

    Optional<byte[]> stored(int page) {
        synchronized (lock) {
            return Optional.ofNullable(library[page]).map(byte[]::clone);
        }
    }

    int templateCount() {
        synchronized (lock) {
            return (int) Arrays.stream(library).filter(t -> t != null).count();
        }
    }

    int capacity() {
        return library.length;
    }

    int securityLevel() {
        synchronized (lock) {
            return securityLevel;
        }
    }

    int packetSize() {
        synchronized (lock) {
            return PACKET_SIZES[packetSizeCode];
        }
    }

    int baud() {
        synchronized (lock) {
            return baudMultiple * BAUD_UNIT;
        }
    }

    boolean passwordVerified() {
        synchronized (lock) {
            return verified;
        }
    }

    /** The module lost power with the link. */
    void linkLost() {
        synchronized (lock) {
            decoder.reset();
            verified = false;
            image = null;
            Arrays.stream(buffers).forEach(b -> Arrays.fill(b, (byte) 0));
            download = null;
            pullBudget = -1;
        }
    }

    /** The replies to what arrived, in order; one that pulls the cable is the last. */
    List<Response> receive(byte[] bytes, int length) {
        synchronized (lock) {
            List<Response> responses = new ArrayList<>();
            int offset = 0;
            while (offset < length) {
                int usable = pullBudget < 0 ? length - offset : Math.min(length - offset, pullBudget);
                if (pullBudget >= 0) {
                    pullBudget -= usable;
                }
                decoder.append(bytes, offset, usable);
                offset += usable;
                HostPacket packet;
                while ((packet = decoder.next()) != null) {
                    Response response = respond(packet);
                    if (response != null) {
                        responses.add(response);
                        if (response.unplug()) {
                            return responses;
                        }
                    }
                }
                if (pullBudget == 0) {
                    pullBudget = -1;
                    responses.add(new Response(new byte[0], Duration.ZERO, baudMultiple * BAUD_UNIT, true));
                    return responses;
                }
            }
            return responses;
        }
    }

    private Response respond(HostPacket packet) {
        if (download != null) {
            if (packet instanceof Packet p && (p.pid() == PID_DATA || p.pid() == PID_END_DATA)) {
                receiveData(p);
                return null;
            }
            // anything else ends the transfer: the buffer holds no template
            endDownload(false);
        }
        Instruction instruction = null;
        if (packet instanceof Packet p) {
            if (p.pid() != PID_COMMAND) {
                // data or acknowledge packets with no download going on mean nothing to the module
                return null;
            }
            instruction = p.payload().length == 0 ? null : Instruction.of(p.payload()[0] & 0xFF).orElse(null);
        }
        Map<Class<?>, Fault.Effect> effects = takeFaults(instruction);
        Duration delay = effects.get(Fault.Delay.class) instanceof Fault.Delay d ? d.delay() : Duration.ZERO;
        Fault.Unplug unplug = effects.get(Fault.Unplug.class) instanceof Fault.Unplug u ? u : null;
        int replyBaud = baudMultiple * BAUD_UNIT;
        if (effects.containsKey(Fault.Silent.class)) {
            return new Response(new byte[0], delay, replyBaud, unplug != null);
        }
        List<byte[]> packets = effects.get(Fault.Confirmation.class) instanceof Fault.Confirmation c
                ? List.of(reply(instruction, c.code(), null))
                : answer(packet, instruction);
        if (download != null && effects.get(Fault.UnplugDuringDownload.class) instanceof Fault.UnplugDuringDownload u) {
            int kept = Math.min(decoder.buffered(), u.hostBytes());
            decoder.keepOnly(kept);
            pullBudget = u.hostBytes() - kept;
        }
        if (effects.get(Fault.CorruptChecksum.class) instanceof Fault.CorruptChecksum c
                && c.packet() < packets.size()) {
            byte[] spoilt = packets.get(c.packet());
            spoilt[spoilt.length - 1] ^= (byte) 0xFF;
        }
        byte[] bytes = concat(packets);
        if (effects.get(Fault.Garbage.class) instanceof Fault.Garbage g) {
            bytes = concat(List.of(g.bytes(), bytes));
        }
        if (effects.get(Fault.Truncate.class) instanceof Fault.Truncate t) {
            bytes = Arrays.copyOf(bytes, Math.min(t.bytes(), bytes.length));
        }
        if (unplug != null) {
            bytes = Arrays.copyOf(bytes, Math.min(unplug.afterBytes(), bytes.length));
        }
        return new Response(bytes, delay, replyBaud, unplug != null);
    }

    /** The first armed fault of each kind that acts on this reply; one-shot faults taken are used up. */
    private Map<Class<?>, Fault.Effect> takeFaults(Instruction instruction) {
        Map<Class<?>, Fault.Effect> taken = new HashMap<>();
        faults.take(f -> f.effect().getClass(), f -> f.appliesTo(instruction))
                .forEach((kind, fault) -> taken.put(kind, fault.effect()));
        return taken;
    }

    private List<byte[]> answer(HostPacket packet, Instruction instruction) {
        if (!(packet instanceof Packet command) || instruction == null) {
            return List.of(reply(null, PACKET_ERROR, null));
        }
        byte[] params = Arrays.copyOfRange(command.payload(), 1, command.payload().length);
        if (params.length != instruction.parameterBytes()) {
            return List.of(reply(instruction, PACKET_ERROR, null));
        }
        if (passwordRequired && !verified && instruction != Instruction.VFY_PWD) {
            return List.of(reply(instruction, PASSWORD_FIRST, null));
        }
        int buffer = instruction.parameterBytes() > 0 ? params[0] - 1 : 0;
        boolean takesBuffer = switch (instruction) {
            case IMG_2_TZ, SEARCH, STORE, LOAD_CHAR, UP_CHAR, DOWN_CHAR -> true;
            default -> false;
        };
        if (takesBuffer && (buffer < 0 || buffer >= buffers.length)) {
            return List.of(reply(instruction, PACKET_ERROR, null));
        }
        return switch (instruction) {
            case GEN_IMG -> List.of(genImg());
            case IMG_2_TZ -> List.of(img2Tz(buffer));
            case MATCH -> List.of(match());
            case SEARCH -> List.of(search(buffer, u16(params, 1), u16(params, 3)));
            case REG_MODEL -> List.of(regModel());
            case STORE -> List.of(store(buffer, u16(params, 1)));
            case LOAD_CHAR -> List.of(loadChar(buffer, u16(params, 1)));
            case UP_CHAR -> upChar(buffer);
            case DOWN_CHAR -> {
                download = new Download(buffer);
                yield List.of(ok(instruction, null));
            }
            // a kiosk module never gives its images out, so this one has none to give
            case UP_IMAGE -> List.of(reply(instruction, IMAGE_UPLOAD_FAILED, null));
            case DELETE_CHAR -> List.of(deleteChar(u16(params, 0), u16(params, 2)));
            case EMPTY -> {
                Arrays.fill(library, null);
                yield List.of(ok(instruction, null));
            }
            case SET_SYS_PARA -> List.of(setSysPara(params[0] & 0xFF, params[1] & 0xFF));
            case READ_SYS_PARA -> List.of(ok(instruction, systemParameters()));
            case VFY_PWD -> List.of(verifyPassword(u32(params, 0)));
            case GET_RANDOM_CODE -> {
                byte[] code = new byte[4];
                putInt(code, 0, random.nextInt());
                yield List.of(ok(instruction, code));
            }
            case TEMPLATE_NUM -> {
                byte[] count = new byte[2];
                putU16(count, 0, (int) Arrays.stream(library).filter(t -> t != null).count());
                yield List.of(ok(instruction, count));
            }
            case READ_INDEX_TABLE -> List.of(indexTable(params[0] & 0xFF));
        };
    }

    private byte[] genImg() {
        if (finger instanceof NoFinger) {
            image = null;
            return reply(Instruction.GEN_IMG, NO_FINGER, null);
        }
        image = finger;
        return ok(Instruction.GEN_IMG, null);
    }

    private byte[] img2Tz(int buffer) {
        return switch (image) {
            case PoorFinger poor -> reply(Instruction.IMG_2_TZ, poor.code(), null);
            case LiveFinger live -> {
                buffers[buffer] = live.template().clone();
                yield ok(Instruction.IMG_2_TZ, null);
            }
            case null, default -> reply(Instruction.IMG_2_TZ, NO_VALID_IMAGE, null);
        };
    }

    private byte[] match() {
        int score = MatchRule.score(buffers[0], buffers[1]);
        byte[] extra = new byte[2];
        putU16(extra, 0, score);
        return reply(Instruction.MATCH, score >= threshold() ? OK : NO_MATCH, extra);
    }

    private byte[] search(int buffer, int start, int count) {
        if (start >= library.length) {
            return reply(Instruction.SEARCH, PAGE_OUT_OF_RANGE, null);
        }
        int bestPage = -1;
        int bestScore = -1;
        for (int page = start; page < Math.min(library.length, start + count); page++) {
            if (library[page] != null) {
                int score = MatchRule.score(buffers[buffer], library[page]);
                if (score > bestScore) {
                    bestPage = page;
                    bestScore = score;
                }
            }
        }
        if (bestScore < threshold()) {
            return reply(Instruction.SEARCH, NOT_FOUND, null);
        }
        byte[] extra = new byte[4];
        putU16(extra, 0, bestPage);
        putU16(extra, 2, bestScore);
        return ok(Instruction.SEARCH, extra);
    }

    private byte[] regModel() {
        if (MatchRule.score(buffers[0], buffers[1]) < threshold()) {
            return reply(Instruction.REG_MODEL, COMBINE_FAILED, null);
        }
        buffers[1] = buffers[0].clone();
        return ok(Instruction.REG_MODEL, null);
    }

    private byte[] store(int buffer, int page) {
        if (page >= library.length) {
            return reply(Instruction.STORE, PAGE_OUT_OF_RANGE, null);
        }
        library[page] = buffers[buffer].clone();
        return ok(Instruction.STORE, null);
    }

    private byte[] loadChar(int buffer, int page) {
        if (page >= library.length) {
            return reply(Instruction.LOAD_CHAR, PAGE_OUT_OF_RANGE, null);
        }
        if (library[page] == null) {
            return reply(Instruction.LOAD_CHAR, TEMPLATE_READ_ERROR, null);
        }
        buffers[buffer] = library[page].clone();
        return ok(Instruction.LOAD_CHAR, null);
    }

    private List<byte[]> upChar(int buffer) {
        List<byte[]> packets = new ArrayList<>();
        packets.add(ok(Instruction.UP_CHAR, null));
        packets.addAll(dataPackets(address, buffers[buffer], PACKET_SIZES[packetSizeCode]));
        return packets;
    }

    private void receiveData(Packet data) {
        Download d = download;
        if (d.data.size() + data.payload().length > MatchRule.TEMPLATE_BYTES) {
            d.overflow = true;
        } else {
            d.data.writeBytes(data.payload());
        }
        if (data.pid() == PID_END_DATA) {
            endDownload(!d.overflow && d.data.size() == MatchRule.TEMPLATE_BYTES);
        }
    }

    /** A download that did not bring exactly one template leaves its buffer blank. */
    private void endDownload(boolean complete) {
        buffers[download.buffer] = complete ? download.data.toByteArray() : new byte[MatchRule.TEMPLATE_BYTES];
        download = null;
        pullBudget = -1;
    }

    private byte[] deleteChar(int page, int count) {
        if (count == 0 || page + count > library.length) {
            return reply(Instruction.DELETE_CHAR, DELETE_FAILED, null);
        }
        Arrays.fill(library, page, page + count, null);
        return ok(Instruction.DELETE_CHAR, null);
    }

    /** An unknown register or a value it cannot take is refused as an invalid register. */
    private byte[] setSysPara(int register, int value) {
        switch (register) {
            case REGISTER_BAUD -> {
                if (value < 1 || value > MAX_BAUD_MULTIPLE) {
                    return reply(Instruction.SET_SYS_PARA, INVALID_REGISTER, null);
                }
                baudMultiple = value;
            }
            case REGISTER_SECURITY -> {
                if (value < 1 || value > MAX_SECURITY_LEVEL) {
                    return reply(Instruction.SET_SYS_PARA, INVALID_REGISTER, null);
                }
                securityLevel = value;
            }
            case REGISTER_PACKET_SIZE -> {
                if (value >= PACKET_SIZES.length) {
                    return reply(Instruction.SET_SYS_PARA, INVALID_REGISTER, null);
                }
                packetSizeCode = value;
            }
            default -> {
                return reply(Instruction.SET_SYS_PARA, INVALID_REGISTER, null);
            }
        }
        return ok(Instruction.SET_SYS_PARA, null);
    }

    /** Status, system id, capacity, security level, address (4), packet size code, baud multiple. */
    private byte[] systemParameters() {
        byte[] p = new byte[16];
        putU16(p, 0, (verified ? STATUS_PASSWORD_VERIFIED : 0) | (image != null ? STATUS_IMAGE_VALID : 0));
        putU16(p, 2, SYSTEM_ID);
        putU16(p, 4, library.length);
        putU16(p, 6, securityLevel);
        putInt(p, 8, address);
        putU16(p, 12, packetSizeCode);
        putU16(p, 14, baudMultiple);
        return p;
    }

    private byte[] verifyPassword(int given) {
        if (given != password) {
            return reply(Instruction.VFY_PWD, WRONG_PASSWORD, null);
        }
        verified = true;
        return ok(Instruction.VFY_PWD, null);
    }

    /** Bit {@code i % 8} of byte {@code i / 8} tells whether page {@code 256 × index + i} holds a template. */
    private byte[] indexTable(int index) {
        if (index >= INDEX_TABLE_PAGES) {
            return reply(Instruction.READ_INDEX_TABLE, PAGE_OUT_OF_RANGE, null);
        }
        byte[] bits = new byte[32];
        for (int i = 0; i < 256; i++) {
            int page = 256 * index + i;
            if (page < library.length && library[page] != null) {
                bits[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return ok(Instruction.READ_INDEX_TABLE, bits);
    }

    private int threshold() {
        return MatchRule.threshold(securityLevel);
    }

    private byte[] ok(Instruction instruction, byte[] extra) {
        return reply(instruction, OK, extra);
    }

    /** An acknowledge as long as the instruction's, with zeros where {@code extra} is null. */
    private byte[] reply(Instruction instruction, int code, byte[] extra) {
        byte[] fields = extra != null ? extra : new byte[instruction == null ? 0 : instruction.extraBytes()];
        return ack(address, code, fields);
    }
}
