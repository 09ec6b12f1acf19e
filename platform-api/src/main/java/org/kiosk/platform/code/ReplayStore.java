package org.kiosk.platform.code;

import java.time.Instant;

/**
 * Remembers the single-use codes already used until they expire. The kiosk backs it with its database so a restart
 * does not reopen the window; {@link InMemoryReplayStore} serves tests and tools.
 */
public interface ReplayStore {

    enum Outcome {
        /** Not seen before; now remembered until its expiry. */
        FIRST_USE,
        /** Already used. */
        REPLAYED,
        /** The memory is full of unexpired entries: the code is refused rather than an entry forgotten. */
        FULL
    }

    /**
     * Atomically checks and records one use.
     *
     * @param id        the issuer and {@code jti} of the code, as one key
     * @param forgetAt  when the entry may be dropped: the code's {@code exp} plus the verifier's leeway
     * @param now       the verifier's current time, so expired entries are dropped by the same clock
     */
    Outcome markUsed(String id, Instant forgetAt, Instant now);
}
