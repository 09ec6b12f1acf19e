package org.kiosk.app.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox of applications on their way to the platform: {@code kiosk.outbox.*}.
 *
 * @param retention            {@code kiosk.outbox.retention}: how long an acknowledged or rejected application's
 *                             encrypted payload is kept (0 or more; 7 days by default)
 * @param backoffBase          {@code kiosk.outbox.backoff-base}: the longest wait after the first attempt without an answer
 * @param backoffCap           {@code kiosk.outbox.backoff-cap}: the longest wait between attempts
 * @param maxAge               {@code kiosk.outbox.max-age}: an application not acknowledged this long after acceptance
 *                             expires and is reported to operations
 * @param submitWait           {@code kiosk.outbox.submit-wait}: how long the citizen waits for the case number before
 *                             taking a provisional receipt
 * @param keystore             {@code kiosk.outbox.keystore}: the PKCS#12 file with the payload key
 *                             (default {@code <kiosk.data-dir>/outbox-key.p12})
 * @param keystorePasswordFile {@code kiosk.outbox.keystore-password-file}: the file holding the keystore's password,
 *                             readable by the kiosk's user only (default {@code <kiosk.data-dir>/outbox-key.password})
 */
@ConfigurationProperties("kiosk.outbox")
public record OutboxProperties(
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("5m") Duration backoffCap,
        @DefaultValue("30d") Duration maxAge,
        @DefaultValue("5s") Duration submitWait,
        Path keystore,
        Path keystorePasswordFile) {

    public OutboxProperties {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("kiosk.outbox.retention must be zero or more (e.g. 7d)");
        }
        if (!backoffBase.isPositive() || backoffBase.toMillis() < 1) {
            throw new IllegalArgumentException("kiosk.outbox.backoff-base must be at least 1ms (e.g. 1s)");
        }
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("kiosk.outbox.backoff-cap must be at least kiosk.outbox.backoff-base (e.g. 5m)");
        }
        if (maxAge.compareTo(backoffCap) <= 0) {
            throw new IllegalArgumentException("kiosk.outbox.max-age must be longer than kiosk.outbox.backoff-cap (e.g. 30d)");
        }
        if (submitWait.isNegative() || submitWait.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("kiosk.outbox.submit-wait must be 0 to 60s (e.g. 5s)");
        }
    }

    /** The keystore file, given the kiosk's data folder. */
    public Path keystoreIn(Path dataDir) {
        return keystore != null ? keystore : dataDir.resolve("outbox-key.p12");
    }

    /** The password file, given the kiosk's data folder. */
    public Path keystorePasswordFileIn(Path dataDir) {
        return keystorePasswordFile != null ? keystorePasswordFile : dataDir.resolve("outbox-key.password");
    }
}
