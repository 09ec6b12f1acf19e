package org.kiosk.device.codec;

import java.util.Arrays;
import java.util.Optional;
import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.ErrorAction;

/**
 * A status byte a device sends in its replies, as an enum constant with a plain-language meaning and, for
 * failures, the typed error it amounts to. A code the protocol does not list maps to an unknown constant
 * whose {@link #code()} is -1.
 *
 * @param <E> the device kind's typed error
 */
public interface StatusByte<E extends DeviceErrorCode> {

    /** The code byte, 0..255, or -1 for a code the protocol does not define. */
    int code();

    /** A plain-language meaning for logs and technicians. */
    String meaning();

    /** The typed error a failure amounts to; empty for a success. */
    Optional<E> error();

    default boolean success() {
        return error().isEmpty();
    }

    /** Who can fix a failure; empty for a success. */
    default Optional<ErrorAction> action() {
        return error().map(DeviceErrorCode::action);
    }

    /** The code in hex and its meaning, e.g. {@code "08 (the finger does not match)"}. */
    default String describe() {
        return (code() < 0 ? "??" : String.format("%02X", code())) + " (" + meaning() + ")";
    }

    /** A table from code byte to constant, for {@link #lookup}; constants with code -1 are left out. */
    static <S extends StatusByte<?>> S[] tableOf(S[] values) {
        S[] table = Arrays.copyOf(values, 256);
        Arrays.fill(table, null);
        for (S value : values) {
            if (value.code() >= 0) {
                table[value.code()] = value;
            }
        }
        return table;
    }

    /** The constant for a code byte (only its low 8 bits count), or {@code unknown} if the table has none. */
    static <S extends StatusByte<?>> S lookup(S[] table, int code, S unknown) {
        S value = table[code & 0xFF];
        return value == null ? unknown : value;
    }
}
