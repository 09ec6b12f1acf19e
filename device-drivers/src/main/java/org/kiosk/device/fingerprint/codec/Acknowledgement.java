package org.kiosk.device.fingerprint.codec;

import java.util.Arrays;
import org.kiosk.device.fingerprint.FingerprintError;

/**
 * One acknowledgement: the confirmation code and the extra bytes after it, which hold the instruction's answer.
 * The typed readers check that the code is a success and that the extra bytes hold the answer; a module may
 * append bytes after it, which are ignored. Acknowledgements carry no template bytes.
 */
public record Acknowledgement(int code, byte[] extra) {

    public Acknowledgement {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("a confirmation code is a byte value 0..255, was " + code);
        }
        extra = extra.clone();
    }

    /** The acknowledgement a packet carries. */
    public static Acknowledgement of(Packet packet) throws PacketException {
        if (packet.type() != PacketType.ACK) {
            throw new PacketException(FingerprintError.FRAME_ERROR,
                    "expected an acknowledgement, got a packet of type " + packet.type());
        }
        byte[] payload = packet.payloadView();
        if (payload.length == 0) {
            throw new PacketException(FingerprintError.FRAME_ERROR, "the acknowledgement has no confirmation code");
        }
        return new Acknowledgement(payload[0] & 0xFF, Arrays.copyOfRange(payload, 1, payload.length));
    }

    public Confirmation confirmation() {
        return Confirmation.of(code);
    }

    public boolean success() {
        return confirmation().success();
    }

    /** A copy of the extra bytes. */
    @Override
    public byte[] extra() {
        return extra.clone();
    }

    public int extraLength() {
        return extra.length;
    }

    /**
     * This acknowledgement if it reports success; otherwise a {@link PacketException} with the error the code
     * amounts to, e.g. {@link FingerprintError#NO_FINGER} for {@code 02}.
     */
    public Acknowledgement requireSuccess(Instruction instruction) throws PacketException {
        Confirmation confirmation = confirmation();
        if (!confirmation.success()) {
            String described = confirmation == Confirmation.UNKNOWN
                    ? String.format("%02X (%s)", code, confirmation.meaning())
                    : confirmation.describe();
            throw new PacketException(confirmation.error().orElseThrow(),
                    "the module answered " + described + " to " + instruction.label());
        }
        return this;
    }

    /** The answer to Match. */
    public MatchResult matchResult() throws PacketException {
        requireExtra(Instruction.MATCH, 2);
        return new MatchResult(Packets.uint16(extra, 0));
    }

    /** The answer to Search. */
    public SearchResult searchResult() throws PacketException {
        requireExtra(Instruction.SEARCH, 4);
        return new SearchResult(Packets.uint16(extra, 0), Packets.uint16(extra, 2));
    }

    /** The answer to ReadSysPara. */
    public SystemParameters systemParameters() throws PacketException {
        requireExtra(Instruction.READ_SYS_PARA, SystemParameters.LENGTH);
        return SystemParameters.parse(extra, 0);
    }

    /** The answer to TemplateNum: how many templates the library holds. */
    public int templateCount() throws PacketException {
        requireExtra(Instruction.TEMPLATE_NUM, 2);
        return Packets.uint16(extra, 0);
    }

    private void requireExtra(Instruction instruction, int length) throws PacketException {
        requireSuccess(instruction);
        if (extra.length < length) {
            throw new PacketException(FingerprintError.FRAME_ERROR, String.format(
                    "the acknowledgement to %s has %d extra bytes, %d needed", instruction.label(), extra.length,
                    length));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Acknowledgement that && code == that.code && Arrays.equals(extra, that.extra);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(extra);
    }

    @Override
    public String toString() {
        return String.format("Acknowledgement[%02X, %d extra bytes]", code, extra.length);
    }
}
