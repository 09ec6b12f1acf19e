package org.kiosk.platform.code;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A bounded replay memory in the heap. Entries leave in expiry order as time passes; when it is full of unexpired
 * entries it answers {@link Outcome#FULL}, since dropping an unexpired entry would let that code be used twice.
 */
public final class InMemoryReplayStore implements ReplayStore {

    /** Authorisation codes live 5 minutes: this many uses in 5 minutes is far beyond one kiosk's queue. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Entry(String id, Instant forgetAt) {
    }

    private final int capacity;
    private final Map<String, Instant> used = new HashMap<>();
    private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>(Comparator.comparing(Entry::forgetAt));

    public InMemoryReplayStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public InMemoryReplayStore() {
        this(DEFAULT_CAPACITY);
    }

    @Override
    public synchronized Outcome markUsed(String id, Instant forgetAt, Instant now) {
        while (!byExpiry.isEmpty() && !byExpiry.peek().forgetAt().isAfter(now)) {
            Entry expired = byExpiry.poll();
            used.remove(expired.id(), expired.forgetAt());
        }
        if (used.containsKey(id)) {
            return Outcome.REPLAYED;
        }
        if (used.size() >= capacity) {
            return Outcome.FULL;
        }
        used.put(id, forgetAt);
        byExpiry.add(new Entry(id, forgetAt));
        return Outcome.FIRST_USE;
    }

    public synchronized int size() {
        return used.size();
    }
}
