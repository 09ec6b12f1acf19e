package org.kiosk.platform.code;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/**
 * One published ES256 verification key: a JWK ({@code kty} EC, {@code crv} P-256) with its key id.
 *
 * @param kid the key id a code's header names
 * @param key a P-256 public key
 */
public record PublicKeyEntry(String kid, ECPublicKey key) {
    public PublicKeyEntry {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
        if (!KeyIds.isValid(kid)) {
            throw new IllegalArgumentException("a key id is 1 to " + KeyIds.MAX_LENGTH
                    + " characters of letters, digits and . _ : -");
        }
        if (!P256.isP256(key.getParams())) {
            throw new IllegalArgumentException("ES256 keys are on the P-256 curve");
        }
    }
}
