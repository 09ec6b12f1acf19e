package org.kiosk.platform.code;

import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/** Finds the verification key for a code's key id. */
@FunctionalInterface
public interface KeyLookup {

    /** @param kid a key id already checked for shape (short, printable ASCII) */
    Optional<ECPublicKey> key(String kid);

    static KeyLookup of(JwkSet keys) {
        return keys::key;
    }
}
