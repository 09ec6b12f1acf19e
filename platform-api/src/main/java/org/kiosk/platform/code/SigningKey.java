package org.kiosk.platform.code;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Objects;

/**
 * An ES256 signing key with its key id: the platform's (or, for provisional receipts, a kiosk's). The private key
 * never leaves its owner; {@link #publicEntry()} is what gets published.
 */
public record SigningKey(String kid, ECPrivateKey privateKey, ECPublicKey publicKey) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        new PublicKeyEntry(kid, publicKey);
        if (!P256.isP256(privateKey.getParams())) {
            throw new IllegalArgumentException("ES256 keys are on the P-256 curve");
        }
    }

    /** A fresh P-256 key pair from the JDK's default secure random source. */
    public static SigningKey generate(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(kid, (ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate P-256 keys", e);
        }
    }

    public PublicKeyEntry publicEntry() {
        return new PublicKeyEntry(kid, publicKey);
    }

    /** Names the key id only: a record's default toString would print the private key. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
