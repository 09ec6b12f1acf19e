package org.kiosk.device.fingerprint.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.device.fingerprint.codec.TestPackets.ANY_ADDRESS;
import static org.kiosk.device.fingerprint.codec.TestPackets.allZero;
import static org.kiosk.device.fingerprint.codec.TestPackets.concat;
import static org.kiosk.device.fingerprint.codec.TestPackets.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.device.fingerprint.FingerprintError;

class TemplateAssemblerTest {

    private static List<Packet> decodeAll(List<byte[]> frames) throws PacketException {
        PacketDecoder decoder = new PacketDecoder();
        decoder.feed(concat(frames.toArray(byte[][]::new)));
        List<Packet> packets = new ArrayList<>();
        for (Optional<Packet> packet = decoder.next(); packet.isPresent(); packet = decoder.next()) {
            packets.add(packet.get());
        }
        return packets;
    }

    private static FingerprintError codeOf(Throwable e) {
        return ((PacketException) e).code();
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64, 128, 256})
    void aTemplateSplitAndReassembled(int packetSize) throws Exception {
        byte[] template = template(512, packetSize);
        List<Packet> packets = decodeAll(PacketEncoder.dataPackets(Packet.DEFAULT_ADDRESS, template, packetSize));
        assertThat(packets).hasSize(512 / packetSize);
        try (TemplateAssembler assembler = new TemplateAssembler()) {
            for (int i = 0; i < packets.size(); i++) {
                boolean last = i == packets.size() - 1;
                assertThat(assembler.accept(packets.get(i))).isEqualTo(last);
                assertThat(assembler.length()).isEqualTo(packetSize * (i + 1));
            }
            assertThat(assembler.isComplete()).isTrue();
            assertThat(assembler.template()).isEqualTo(template);
        }
    }

    @Test
    void fourPacketsOfOneHundredAndTwentyEight() throws Exception {
        List<Packet> packets = decodeAll(PacketEncoder.dataPackets(ANY_ADDRESS, template(512, 1), 128));
        assertThat(packets).extracting(Packet::type)
                .containsExactly(PacketType.DATA, PacketType.DATA, PacketType.DATA, PacketType.END_DATA);
        TemplateAssembler assembler = new TemplateAssembler();
        for (Packet packet : packets) {
            assembler.accept(packet);
        }
        assertThat(assembler.template()).isEqualTo(template(512, 1));
    }

    @Test
    void acceptedPacketsAreWipedSoTheAssemblerHoldsTheOnlyCopy() throws Exception {
        Packet packet = new Packet(ANY_ADDRESS, PacketType.END_DATA, template(128, 2));
        new TemplateAssembler(128).accept(packet);
        assertThat(allZero(packet.payload())).isTrue();
    }

    @Test
    void wipeReallyZeroesTheBuffer() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler();
        for (Packet packet : decodeAll(PacketEncoder.dataPackets(ANY_ADDRESS, template(512, 3), 128))) {
            assembler.accept(packet);
        }
        byte[] buffer = assembler.bufferView();
        assertThat(allZero(buffer)).isFalse();
        assembler.wipe();
        assertThat(buffer).hasSize(512);
        assertThat(allZero(buffer)).isTrue();
        assertThat(assembler.length()).isZero();
        assertThat(assembler.isComplete()).isFalse();
    }

    @Test
    void closeWipesAndAWipedAssemblerTakesAnotherTemplate() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler(64);
        try (assembler) {
            assembler.accept(new Packet(ANY_ADDRESS, PacketType.END_DATA, template(64, 4)));
        }
        assertThat(allZero(assembler.bufferView())).isTrue();
        assembler.accept(new Packet(ANY_ADDRESS, PacketType.DATA, template(32, 5)));
        assembler.accept(new Packet(ANY_ADDRESS, PacketType.END_DATA, template(32, 6)));
        assertThat(assembler.template()).isEqualTo(concat(template(32, 5), template(32, 6)));
    }

    @Test
    void anIncompleteTemplateIsNotGivenOut() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler();
        assembler.accept(new Packet(ANY_ADDRESS, PacketType.DATA, template(128, 1)));
        assertThatThrownBy(assembler::template).isInstanceOf(IllegalStateException.class)
                .hasMessage("the template is incomplete: 128 bytes so far");
    }

    @Test
    void moreThanTheCapacityIsATransferError() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler();
        for (int i = 0; i < 4; i++) {
            assembler.accept(new Packet(ANY_ADDRESS, PacketType.DATA, template(128, i)));
        }
        Packet extra = new Packet(ANY_ADDRESS, PacketType.END_DATA, template(128, 9));
        assertThatThrownBy(() -> assembler.accept(extra))
                .hasMessage("data packets carry more than 512 bytes: 512 received and 128 more")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.TEMPLATE_TRANSFER_FAILED));
        assertThat(allZero(extra.payload())).isTrue();
    }

    @Test
    void dataAfterTheLastPacketIsATransferError() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler();
        assembler.accept(new Packet(ANY_ADDRESS, PacketType.END_DATA, template(128, 1)));
        assertThatThrownBy(() -> assembler.accept(new Packet(ANY_ADDRESS, PacketType.DATA, template(128, 2))))
                .hasMessage("a packet of type DATA came after the last data packet")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.TEMPLATE_TRANSFER_FAILED));
    }

    @Test
    void anAcknowledgementInsteadOfDataIsATransferError() throws Exception {
        TemplateAssembler assembler = new TemplateAssembler();
        assembler.accept(new Packet(ANY_ADDRESS, PacketType.DATA, template(128, 1)));
        assertThatThrownBy(() -> assembler.accept(new Packet(ANY_ADDRESS, PacketType.ACK, new byte[] {0x0D})))
                .hasMessage("expected a data packet, got a packet of type ACK after 128 bytes")
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(FingerprintError.TEMPLATE_TRANSFER_FAILED));
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new TemplateAssembler(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
