package org.kiosk.sim.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The faults armed on an emulator's replies: one-shot ones are used up by the reply they act on, persistent ones
 * stay until cleared. Thread-safe: tests arm faults while the link thread takes them.
 *
 * @param <F> an emulator's fault
 */
public final class FaultQueue<F> {

    private record Armed<F>(F fault, boolean persistent) {
    }

    private final List<Armed<F>> armed = new ArrayList<>();

    public synchronized void add(F fault, boolean persistent) {
        armed.add(new Armed<>(Objects.requireNonNull(fault, "fault"), persistent));
    }

    public synchronized void clear() {
        armed.clear();
    }

    /** Faults still armed: persistent ones, and one-shot ones not used yet. */
    public synchronized int size() {
        return armed.size();
    }

    /**
     * The first armed fault of each kind that {@code actsHere}, in the order they were armed; one-shot faults
     * taken are used up.
     */
    public synchronized <K> Map<K, F> take(Function<? super F, K> kind, Predicate<? super F> actsHere) {
        Map<K, F> taken = new HashMap<>();
        for (Iterator<Armed<F>> it = armed.iterator(); it.hasNext(); ) {
            Armed<F> next = it.next();
            K k = kind.apply(next.fault());
            if (taken.containsKey(k) || !actsHere.test(next.fault())) {
                continue;
            }
            taken.put(k, next.fault());
            if (!next.persistent()) {
                it.remove();
            }
        }
        return taken;
    }
}
