package org.kiosk.app.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The wait before an application's next attempt: exponential backoff with full jitter (a uniform draw between zero
 * and {@code min(cap, base × 2^(attempts-1))}), so a fleet of kiosks coming back from one outage spreads its
 * retries; or, when the platform named one, exactly its {@code Retry-After}.
 *
 * @param base the ceiling after the first failed attempt
 * @param cap  the highest ceiling
 */
public record RetryDelay(Duration base, Duration cap) {

    public RetryDelay {
        if (!base.isPositive() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry delays need 0 < base <= cap, got base " + base + " and cap " + cap);
        }
    }

    /** The highest wait after {@code attempts} failed attempts (1 or more). */
    public Duration ceiling(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        int doublings = Math.min(attempts - 1, 62);
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        // base × 2^doublings, stopped at the cap before it can overflow
        return Duration.ofMillis(baseMillis > (capMillis >> doublings) ? capMillis : Math.min(capMillis, baseMillis << doublings));
    }

    /** The wait after {@code attempts} failed attempts: the platform's {@code Retry-After} if it gave one, else full jitter. */
    public Duration next(int attempts, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            return retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
        }
        return Duration.ofMillis(random.nextLong(ceiling(attempts).toMillis() + 1));
    }
}
