package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kiosk.device.codec.Fuzz.randomBytes;
import static org.kiosk.device.codec.Fuzz.slice;
import static org.kiosk.device.fingerprint.codec.TestPackets.ANY_ADDRESS;
import static org.kiosk.device.fingerprint.codec.TestPackets.ack;
import static org.kiosk.device.fingerprint.codec.TestPackets.concat;
import static org.kiosk.device.fingerprint.codec.TestPackets.hex;
import static org.kiosk.device.fingerprint.codec.TestPackets.packet;
import static org.kiosk.device.fingerprint.codec.TestPackets.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kiosk.device.codec.Fuzz;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * Random and mutated input through decoder, acknowledgement readers and template assembler. Only the codec's
 * own {@link PacketException} may come out (anything else fails the test by propagating), every call makes
 * progress, and no exception message carries template bytes.
 */
class FingerprintFuzzTest {

    private static final byte[] ACK_OK = hex("EF 01 FF FF FF FF 07 00 03 00 00 0A");
    private static final byte[] TEMPLATE = template(512, 11);
    private static final List<String> TEMPLATE_RENDERINGS = List.of(
            HexFormat.of().formatHex(TEMPLATE, 0, 4), HexFormat.of().withUpperCase().formatHex(TEMPLATE, 0, 4),
            HexFormat.ofDelimiter(" ").withUpperCase().formatHex(TEMPLATE, 0, 4),
            Arrays.toString(Arrays.copyOf(TEMPLATE, 4)).replace("]", ""));

    private final List<byte[]> validPackets = validPackets();
    private final Stats stats = new Stats();
    private final TemplateAssembler assembler = new TemplateAssembler();

    private static List<byte[]> validPackets() {
        List<byte[]> packets = new ArrayList<>(List.of(ACK_OK, ack(0x02, new byte[0]), ack(0x08, hex("00 00")),
                ack(0, hex("00 C8")), ack(0, hex("00 05 00 96")), ack(0, hex("00 03")), ack(0x13, new byte[0]),
                ack(0, hex("00 00 00 09 01 2C 00 03 FF FF FF FF 00 02 00 06")), ack(0x44, new byte[0]),
                hex("EF 01 FF FF FF FF 01 00 03 01 00 05")));
        for (int size : PacketEncoder.PACKET_SIZES) {
            packets.addAll(PacketEncoder.dataPackets(ANY_ADDRESS, TEMPLATE, size));
        }
        packets.add(packet(0x12345678, 0x07, new byte[] {0}));
        return packets;
    }

    private static final class Stats {
        int packets;
        int packetErrors;
        int acknowledgements;
        int answerErrors;
        int templates;
        int transferErrors;
    }

    @Test
    void randomChunks() {
        Random random = new Random(41);
        PacketDecoder decoder = new PacketDecoder();
        for (int i = 0; i < 50_000; i++) {
            byte[] chunk = switch (random.nextInt(10)) {
                case 0 -> hex("EF 01");
                case 1 -> concat(hex("EF 01 FF FF FF FF"), randomBytes(random, 1 + random.nextInt(4)));
                case 2 -> slice(random, validPackets.get(random.nextInt(validPackets.size())));
                case 3, 4 -> validPackets.get(random.nextInt(validPackets.size()));
                default -> randomBytes(random, random.nextInt(64));
            };
            feedAndDrain(decoder, chunk);
        }
        assertThat(stats.packets).isPositive();
        assertThat(stats.packetErrors).isPositive();
        assertThat(stats.acknowledgements).isPositive();
        assertThat(stats.transferErrors).isPositive();
    }

    @Test
    void mutatedValidPackets() {
        Random random = new Random(43);
        for (int i = 0; i < 20_000; i++) {
            byte[] original = validPackets.get(random.nextInt(validPackets.size()));
            byte[] mutated = mutate(random, original);
            if (random.nextInt(3) == 0 && mutated.length >= 11) {
                recomputeSum(mutated);
            }
            PacketDecoder decoder = new PacketDecoder();
            Fuzz.inRandomChunks(random, mutated, 300,
                    (at, size) -> feedAndDrain(decoder, Arrays.copyOfRange(mutated, at, at + size)));
            assertThat(decoder.buffered()).isLessThanOrEqualTo(PacketDecoder.MAX_LENGTH + 9);
            // whatever the mutation left behind, a cleared decoder reads the next good packet
            decoder.clear();
            decoder.feed(ACK_OK);
            try {
                assertThat(decoder.next()).isPresent();
            } catch (PacketException e) {
                fail("a cleared decoder rejected a good packet: " + e.getMessage());
            }
        }
        assertThat(stats.packets).isPositive();
        assertThat(stats.packetErrors).isPositive();
        assertThat(stats.answerErrors).isPositive();
        assertThat(stats.templates).isPositive();
        assertThat(stats.transferErrors).isPositive();
    }

    @Test
    void garbageAroundAnUntouchedPacketNeverLosesIt() throws Exception {
        Random random = new Random(47);
        for (int i = 0; i < 5_000; i++) {
            byte[] packet = validPackets.get(random.nextInt(validPackets.size() - 1));
            // garbage that cannot hold a start code: no 0xEF bytes
            byte[] garbage = randomBytes(random, random.nextInt(40));
            for (int j = 0; j < garbage.length; j++) {
                if (garbage[j] == (byte) 0xEF) {
                    garbage[j] = 0;
                }
            }
            PacketDecoder decoder = new PacketDecoder();
            byte[] stream = concat(garbage, packet, garbage, ACK_OK);
            List<Packet> packets = new ArrayList<>();
            Fuzz.inRandomChunks(random, stream, 300, (at, size) -> {
                decoder.feed(stream, at, size);
                for (Optional<Packet> next = decoder.next(); next.isPresent(); next = decoder.next()) {
                    packets.add(next.get());
                }
            });
            assertThat(packets).hasSize(2);
            assertThat(packets.get(0).payloadLength()).isEqualTo(packet.length - 11);
            assertThat(decoder.skippedBytes()).isEqualTo(2L * garbage.length);
        }
    }

    /** Feeds one chunk and takes out everything it completes; each call must consume bytes or stop. */
    private void feedAndDrain(PacketDecoder decoder, byte[] chunk) {
        decoder.feed(chunk);
        Fuzz.CallBudget budget = new Fuzz.CallBudget(decoder::buffered);
        while (true) {
            budget.spend();
            try {
                Optional<Packet> packet = decoder.next();
                if (packet.isEmpty()) {
                    return;
                }
                stats.packets++;
                use(packet.get());
            } catch (PacketException e) {
                stats.packetErrors++;
                assertThat(e.code()).isIn(FingerprintError.FRAME_ERROR, FingerprintError.CHECKSUM_ERROR,
                        FingerprintError.WRONG_ADDRESS);
                assertNoTemplateBytes(e);
            }
        }
    }

    private void use(Packet packet) {
        if (packet.type().isData()) {
            try {
                if (assembler.accept(packet)) {
                    stats.templates++;
                    byte[] template = assembler.template();
                    assertThat(template.length).isLessThanOrEqualTo(TemplateAssembler.TEMPLATE_LENGTH);
                    Arrays.fill(template, (byte) 0);
                    assembler.wipe();
                }
            } catch (PacketException e) {
                stats.transferErrors++;
                assertThat(e.code()).isEqualTo(FingerprintError.TEMPLATE_TRANSFER_FAILED);
                assertNoTemplateBytes(e);
                assembler.wipe();
            }
            return;
        }
        try {
            Acknowledgement ack = Acknowledgement.of(packet);
            stats.acknowledgements++;
            readAll(ack);
        } catch (PacketException e) {
            stats.answerErrors++;
            assertNoTemplateBytes(e);
        }
    }

    private void readAll(Acknowledgement ack) {
        List<ThrowingReader> readers = List.of(ack::matchResult, ack::searchResult, ack::systemParameters,
                ack::templateCount, () -> ack.requireSuccess(Instruction.GEN_IMG));
        for (ThrowingReader reader : readers) {
            try {
                assertThat(reader.read()).isNotNull();
            } catch (PacketException e) {
                stats.answerErrors++;
                assertThat(e.code()).isNotNull();
                assertNoTemplateBytes(e);
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingReader {
        Object read() throws PacketException;
    }

    private static void assertNoTemplateBytes(Exception e) {
        assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(120);
        for (String rendering : TEMPLATE_RENDERINGS) {
            if (e.getMessage().contains(rendering)) {
                fail("exception message carries template bytes: %s", e.getClass().getSimpleName());
            }
        }
    }

    private static byte[] mutate(Random random, byte[] packet) {
        byte[] mutated = packet.clone();
        switch (random.nextInt(6)) {
            case 0 -> Fuzz.flipBits(random, mutated);
            case 1 -> mutated = Fuzz.truncate(random, mutated);
            case 2 -> Fuzz.mutateLengthField(random, mutated, 7, PacketDecoder.MIN_LENGTH, PacketDecoder.MAX_LENGTH);
            case 3 -> mutated = Fuzz.insertGarbage(random, mutated, hex("EF 01"));
            case 4 -> mutated = Fuzz.cut(random, mutated);
            default -> {
                // PID, address or the acknowledgement's answer
                int at = switch (random.nextInt(3)) {
                    case 0 -> 6;
                    case 1 -> 2 + random.nextInt(4);
                    default -> Math.min(mutated.length - 1, 9 + random.nextInt(17));
                };
                mutated[at] = (byte) random.nextInt(256);
            }
        }
        return mutated;
    }

    /** Makes the sum match the mutated PID, length and payload, so that the mutation reaches the readers. */
    private static void recomputeSum(byte[] packet) {
        int sum = 0;
        for (int i = 6; i < packet.length - 2; i++) {
            sum += packet[i] & 0xFF;
        }
        packet[packet.length - 2] = (byte) (sum >> 8);
        packet[packet.length - 1] = (byte) sum;
    }
}
