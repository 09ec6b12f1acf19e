package org.kiosk.sim.idcard;

import java.util.Optional;

/** The host commands a GA 467 SAM answers, by their CMD and PARA bytes. */
public enum ReaderCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_TEXT_PHOTO(0x30, 0x01),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10);

    private final int cmd;
    private final int para;

    ReaderCommand(int cmd, int para) {
        this.cmd = cmd;
        this.para = para;
    }

    public int cmd() {
        return cmd;
    }

    public int para() {
        return para;
    }

    /** The command with these two bytes, or empty for a pair the SAM does not know. */
    public static Optional<ReaderCommand> of(int cmd, int para) {
        for (ReaderCommand c : values()) {
            if (c.cmd == cmd && c.para == para) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
