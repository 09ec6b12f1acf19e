package org.kiosk.sim.fingerprint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The instructions the emulated module understands, with the length of their parameters and of the fields their
 * acknowledge carries after the confirmation code. Every acknowledge to a known instruction has that length, with
 * zeros in the fields when the instruction fails.
 */
public enum Instruction {
    GEN_IMG(0x01, 0, 0),
    IMG_2_TZ(0x02, 1, 0),
    MATCH(0x03, 0, 2),
    SEARCH(0x04, 5, 4),
    REG_MODEL(0x05, 0, 0),
    STORE(0x06, 3, 0),
    LOAD_CHAR(0x07, 3, 0),
    UP_CHAR(0x08, 1, 0),
    DOWN_CHAR(0x09, 1, 0),
    UP_IMAGE(0x0A, 0, 0),
    DELETE_CHAR(0x0C, 4, 0),
    EMPTY(0x0D, 0, 0),
    SET_SYS_PARA(0x0E, 2, 0),
    READ_SYS_PARA(0x0F, 0, 16),
    VFY_PWD(0x13, 4, 0),
    GET_RANDOM_CODE(0x14, 0, 4),
    TEMPLATE_NUM(0x1D, 0, 2),
    READ_INDEX_TABLE(0x1F, 1, 32);

    private final int code;
    private final int parameterBytes;
    private final int extraBytes;

    Instruction(int code, int parameterBytes, int extraBytes) {
        this.code = code;
        this.parameterBytes = parameterBytes;
        this.extraBytes = extraBytes;
    }

    /** The instruction code, the first payload byte of a command packet. */
    public int code() {
        return code;
    }

    int parameterBytes() {
        return parameterBytes;
    }

    int extraBytes() {
        return extraBytes;
    }

    static Optional<Instruction> of(int code) {
        return Arrays.stream(values()).filter(i -> i.code == code).findFirst();
    }
}
