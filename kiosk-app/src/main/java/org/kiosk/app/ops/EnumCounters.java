package org.kiosk.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One counter per outcome, the constants of an enum, under one name and one tag, every outcome registered at 0 when
 * bound, so that a rate or a ratio can be computed before the first of each has happened.
 */
final class EnumCounters<E extends Enum<E>> {

    private final Class<E> type;
    private final String name;
    private final String description;
    private final String tag;
    private final String what;
    private volatile Map<E, Counter> counters;

    /**
     * @param tag  the label that carries the constant, in lower case
     * @param what what is counted, for the message when counting comes before binding ("session")
     */
    EnumCounters(Class<E> type, String name, String description, String tag, String what) {
        this.type = type;
        this.name = name;
        this.description = description;
        this.tag = tag;
        this.what = what;
    }

    void bindTo(MeterRegistry registry) {
        Map<E, Counter> bound = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            bound.put(constant, Counter.builder(name).description(description).tag(tag, Labels.of(constant)).register(registry));
        }
        counters = bound;
    }

    void increment(E outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Map<E, Counter> bound = counters;
        if (bound == null) {
            throw new IllegalStateException(what + " meters are not bound to a registry yet");
        }
        bound.get(outcome).increment();
    }
}
