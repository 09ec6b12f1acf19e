package org.kiosk.app.config;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provincial platform: {@code kiosk.platform.*}. Without a URL the kiosk runs without a platform (no heartbeats).
 *
 * @param url                {@code kiosk.platform.url}: {@code https://...} (mutual TLS with the stores below), or
 *                           {@code http://127.0.0.1:PORT} for a simulator's developer listener
 * @param keyStore           {@code kiosk.platform.key-store}: the kiosk's PKCS#12 key and certificate from enrolment
 * @param keyStorePassword   {@code kiosk.platform.key-store-password}
 * @param trustStore         {@code kiosk.platform.trust-store}: PKCS#12 with the platform's CA
 * @param trustStorePassword {@code kiosk.platform.trust-store-password}
 */
@ConfigurationProperties("kiosk.platform")
public record PlatformProperties(URI url, Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {

    public PlatformProperties {
        if (url != null) {
            String scheme = url.getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("kiosk.platform.url must be https://HOST[:PORT] (or http://127.0.0.1:PORT for a"
                        + " simulator's developer listener), got " + url);
            }
            if ("https".equals(scheme) && (keyStore == null || trustStore == null || keyStorePassword == null
                    || trustStorePassword == null)) {
                throw new IllegalArgumentException("an https kiosk.platform.url needs kiosk.platform.key-store, key-store-password,"
                        + " trust-store and trust-store-password (the stores written at enrolment)");
            }
        }
    }

    public boolean configured() {
        return url != null;
    }
}
