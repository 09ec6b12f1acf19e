package org.kiosk.platform.code;

import java.io.IOException;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The published keys a kiosk holds, refreshed from their source when a code names a key id it does not know (the
 * platform publishes a new key before signing with it). Refreshes are at least {@code minRefreshInterval} apart,
 * whether they succeeded or not, so a flood of codes with random key ids costs the platform one request per
 * interval. A refresh replaces the whole set: a key the platform withdrew stops verifying at once.
 */
public final class KeyRing implements KeyLookup {

    public static final Duration DEFAULT_MIN_REFRESH_INTERVAL = Duration.ofMinutes(1);
    private static final System.Logger LOG = System.getLogger(KeyRing.class.getName());

    private final KeySource source;
    private final Clock clock;
    private final Duration minRefreshInterval;
    private volatile JwkSet keys;
    private Instant lastAttempt;
    private int fetches;

    public KeyRing(JwkSet initial, KeySource source, Clock clock, Duration minRefreshInterval) {
        this.keys = Objects.requireNonNull(initial, "initial");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minRefreshInterval = Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
        if (minRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("minRefreshInterval must not be negative");
        }
    }

    /** Starts empty; the first code fetches the set. */
    public KeyRing(KeySource source, Clock clock) {
        this(JwkSet.empty(), source, clock, DEFAULT_MIN_REFRESH_INTERVAL);
    }

    @Override
    public Optional<ECPublicKey> key(String kid) {
        Optional<ECPublicKey> key = keys.key(kid);
        if (key.isPresent()) {
            return key;
        }
        refreshIfDue();
        return keys.key(kid);
    }

    public JwkSet current() {
        return keys;
    }

    /** How many times the source was asked, for tests and the kiosk's metrics. */
    public synchronized int fetches() {
        return fetches;
    }

    /**
     * Fetches the set now, ignoring the rate limit (at start, or when the platform announces a rotation).
     *
     * @throws KeySetException when the source failed or sent an unusable set; the keys held stay as they were
     */
    public synchronized void refresh() throws KeySetException {
        lastAttempt = clock.instant();
        fetches++;
        String json;
        try {
            json = source.fetch();
        } catch (IOException e) {
            throw new KeySetException("the key source failed: " + e.getMessage(), e);
        }
        keys = JwkSet.parse(json);
    }

    private synchronized void refreshIfDue() {
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(minRefreshInterval))) {
            return;
        }
        try {
            refresh();
        } catch (KeySetException e) {
            LOG.log(System.Logger.Level.WARNING, "Keeping the current signing keys: {0}", e.getMessage());
        }
    }
}
