package org.kiosk.platform.client;

import java.time.Duration;
import java.util.Optional;

/** No final answer from the platform this time; the request may be retried with the same idempotency key. */
public class PlatformUnavailableException extends PlatformException {

    private final Duration retryAfter;

    public PlatformUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public PlatformUnavailableException(String message) {
        this(message, null, null);
    }

    /** The wait the platform asked for (its {@code Retry-After}), if it asked. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
