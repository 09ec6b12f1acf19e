package org.kiosk.app.ops;

import java.util.Locale;

/** Label values in Prometheus style: enum constants in lower case ({@code NO_DEVICE} becomes {@code no_device}). */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String of(String constant) {
        return constant.toLowerCase(Locale.ROOT);
    }
}
