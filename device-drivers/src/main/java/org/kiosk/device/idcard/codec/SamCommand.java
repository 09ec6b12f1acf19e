package org.kiosk.device.idcard.codec;

/**
 * The host-to-reader commands of the GA 467 SAM protocol. A command frame is
 * {@code AA AA AA 96 69 · LEN(2, big-endian) · CMD · PARA · CHK}; none of these commands carries data.
 */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_PHOTO(0x30, 0x01),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10);

    private final int cmd;
    private final int para;

    SamCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    /** Whether the reply carries the text, photo (and fingerprint) body {@link ReadReplyParser} reads. */
    public boolean readsCard() {
        return this == READ_TEXT_PHOTO || this == READ_TEXT_PHOTO_FINGERPRINT;
    }

    /** The whole frame to send; a fresh array on every call. */
    public byte[] frame() {
        byte[] frame = new byte[SamFrames.OVERHEAD + 3];
        System.arraycopy(SamFrames.PREAMBLE, 0, frame, 0, SamFrames.PREAMBLE.length);
        // LEN counts CMD, PARA and CHK
        frame[5] = 0x00;
        frame[6] = 0x03;
        frame[7] = (byte) cmd;
        frame[8] = (byte) para;
        frame[9] = SamFrames.checksum(frame, 5, 9);
        return frame;
    }

    /** {@code "30 01"}: the code as the protocol notes write it. */
    public String label() {
        return String.format("%02X %02X", cmd, para);
    }
}
