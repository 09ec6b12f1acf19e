package org.kiosk.device.idcard.document;

import java.util.Optional;

/** Sex as GB/T 2261.1 codes it. */
public enum Sex {
    UNKNOWN('0'),
    MALE('1'),
    FEMALE('2'),
    UNSPECIFIED('9');

    private final char code;

    Sex(char code) {
        this.code = code;
    }

    public static Optional<Sex> ofCode(char code) {
        for (Sex sex : values()) {
            if (sex.code == code) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }

    public char code() {
        return code;
    }
}
