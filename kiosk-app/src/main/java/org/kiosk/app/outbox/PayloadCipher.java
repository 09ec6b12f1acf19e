package org.kiosk.app.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for outbox payloads: a fresh random 96-bit nonce per sealing, stored in front of the ciphertext, and
 * the record's id bound as associated data, so a ciphertext copied into another row fails to open.
 */
final class PayloadCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final byte[] PAYLOAD_CONTEXT = "org.kiosk.outbox.payload.v1:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_CHECK_CONTEXT = "org.kiosk.outbox.key-check.v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final SecureRandom random;

    PayloadCipher(SecretKey key, SecureRandom random) {
        if (!"AES".equals(key.getAlgorithm()) || key.getEncoded() == null || key.getEncoded().length != 32) {
            throw new IllegalArgumentException("the outbox key must be a 256-bit AES key");
        }
        this.key = key;
        this.random = random;
    }

    /** {@code nonce || ciphertext || tag} of {@code plaintext} for record {@code recordId}. */
    byte[] seal(long recordId, byte[] plaintext) {
        return seal(payloadContext(recordId), plaintext);
    }

    /**
     * The plaintext of a sealed payload of record {@code recordId}.
     *
     * @throws PayloadUnreadableException if it was altered, belongs to another record, or was sealed under another key
     */
    byte[] open(long recordId, byte[] sealed, String localReference) throws PayloadUnreadableException {
        try {
            return open(payloadContext(recordId), sealed);
        } catch (GeneralSecurityException e) {
            throw new PayloadUnreadableException("the payload of application " + localReference
                    + " fails authentication: altered, moved from another record, or sealed under another key", e);
        }
    }

    /** A sealed empty message that only this key opens: stored beside the data to recognise the right key at start. */
    byte[] keyCheck() {
        return seal(KEY_CHECK_CONTEXT, new byte[0]);
    }

    boolean opensKeyCheck(byte[] check) {
        try {
            open(KEY_CHECK_CONTEXT, check);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private byte[] seal(byte[] associatedData, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            gcm.updateAAD(associatedData);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + gcm.getOutputSize(plaintext.length));
            gcm.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            // AES/GCM with a checked 256-bit key is in every JDK: this is a broken runtime, not bad input
            throw new IllegalStateException("AES-GCM unavailable in this Java runtime", e);
        }
    }

    private byte[] open(byte[] associatedData, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("sealed payload too short: " + sealed.length + " bytes");
        }
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        gcm.updateAAD(associatedData);
        return gcm.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static byte[] payloadContext(long recordId) {
        return ByteBuffer.allocate(PAYLOAD_CONTEXT.length + Long.BYTES).put(PAYLOAD_CONTEXT).putLong(recordId).array();
    }
}
