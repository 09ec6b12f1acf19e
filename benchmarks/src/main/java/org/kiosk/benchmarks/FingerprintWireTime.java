package org.kiosk.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.kiosk.benchmarks.WireTime.Exchange;
import org.kiosk.device.fingerprint.codec.Instruction;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.fingerprint.codec.PacketEncoder;
import org.kiosk.device.idcard.document.FingerprintTemplate;

/**
 * The bytes a person–ID fingerprint verification puts on the serial line, counted from the AS608/R30x packet
 * layout; {@link WireTime} gives the time they take. Every packet is {@code EF 01 · ADDRESS(4) · PID · LEN(2)}
 * (9 bytes), its payload and a 2-byte checksum. The host's command and data packets are framed by the driver's own encoder;
 * the module's acknowledgements carry a confirmation code and, for Match, a 2-byte score.
 */
public final class FingerprintWireTime {

    /** Start code, address, PID and LEN. */
    static final int PACKET_HEADER_BYTES = 2 + 4 + 1 + 2;
    static final int CHECKSUM_BYTES = 2;
    static final int CONFIRMATION_BYTES = 1;
    static final int MATCH_SCORE_BYTES = 2;

    /** The module buffer the live finger's features go into, and the one each card template is loaded into. */
    static final int LIVE_BUFFER = 1;
    static final int CARD_BUFFER = 2;

    private FingerprintWireTime() {
    }

    static int packetBytes(int payloadBytes) {
        return PACKET_HEADER_BYTES + payloadBytes + CHECKSUM_BYTES;
    }

    private static int commandBytes(byte[] instruction) {
        return PacketEncoder.command(Packet.DEFAULT_ADDRESS, instruction).length;
    }

    private static int ackBytes() {
        return packetBytes(CONFIRMATION_BYTES);
    }

    /** The data packets that carry one 512-byte template at {@code packetSize} bytes each. */
    static int templateDataBytes(int packetSize) {
        List<byte[]> frames = PacketEncoder.dataPackets(Packet.DEFAULT_ADDRESS, new byte[FingerprintTemplate.LENGTH], packetSize);
        return frames.stream().mapToInt(f -> f.length).sum();
    }

    public static Exchange genImg() {
        return new Exchange("GenImg", commandBytes(Instruction.genImg()), ackBytes());
    }

    public static Exchange img2Tz() {
        return new Exchange("Img2Tz", commandBytes(Instruction.img2Tz(LIVE_BUFFER)), ackBytes());
    }

    /** DownChar, its acknowledgement, then the template's data packets from the host. */
    public static Exchange downChar(String name, int buffer, int packetSize) {
        return new Exchange(name, commandBytes(Instruction.downChar(buffer)) + templateDataBytes(packetSize), ackBytes());
    }

    public static Exchange match() {
        return new Exchange("Match", commandBytes(Instruction.match()), packetBytes(CONFIRMATION_BYTES + MATCH_SCORE_BYTES));
    }

    /**
     * What a verification that succeeds on its first capture exchanges, in order: GenImg and Img2Tz of the live
     * finger, DownChar and Match for each of the card's {@code cardTemplates}, then the blank template downloaded
     * into both buffers to overwrite them.
     */
    public static List<Exchange> verification(int cardTemplates, int packetSize) {
        if (cardTemplates < 1) {
            throw new IllegalArgumentException("a verification compares at least one card template, got " + cardTemplates);
        }
        List<Exchange> exchanges = new ArrayList<>();
        exchanges.add(genImg());
        exchanges.add(img2Tz());
        for (int t = 1; t <= cardTemplates; t++) {
            exchanges.add(downChar("DownChar template " + t, CARD_BUFFER, packetSize));
            exchanges.add(match());
        }
        exchanges.add(downChar("DownChar blank, buffer " + LIVE_BUFFER, LIVE_BUFFER, packetSize));
        exchanges.add(downChar("DownChar blank, buffer " + CARD_BUFFER, CARD_BUFFER, packetSize));
        return List.copyOf(exchanges);
    }
}
