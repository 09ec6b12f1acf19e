package org.kiosk.platform.sim;

import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeSigner;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.SigningKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The platform's rotating ES256 signing keys, kept in the simulator's database so codes stay verifiable across
 * restarts. A new key is published {@link #PUBLISH_LEAD} before it starts signing, every {@link #ROTATION}; a key
 * stays published for {@link #RETENTION} after it stopped signing, as long as the case-tracking codes it signed live.
 */
final class SigningKeys implements CodeIssuer {

    /** The {@code iss} of the simulator's codes; a kiosk is configured with it. */
    static final String ISSUER = "gd-platform-sim";
    static final Duration ROTATION = Duration.ofDays(90);
    static final Duration PUBLISH_LEAD = Duration.ofDays(7);
    static final Duration TRACKING_LIFETIME = Duration.ofDays(365);
    static final Duration RETENTION = TRACKING_LIFETIME.plusDays(30);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Store store;
    private final Clock clock;

    SigningKeys(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String trackingCode(String caseNumber, String implementationCode, Instant acceptedAt) {
        CodeClaims.Issued issued = new CodeClaims.Issued(ISSUER, "case:" + caseNumber, acceptedAt, acceptedAt, acceptedAt.plus(TRACKING_LIFETIME));
        return signer().sign(new CodeClaims.CaseTrackingCode(issued, caseNumber).toClaims());
    }

    @Override
    public String checkInCode(String appointmentCode, String centreCode, OffsetDateTime slotStart, OffsetDateTime slotEnd) {
        Instant now = clock.instant();
        LocalDate slotDay = slotStart.atZoneSameInstant(CommittedDates.CENTRE_ZONE).toLocalDate();
        Instant endOfSlotDay = slotDay.plusDays(1).atStartOfDay(CommittedDates.CENTRE_ZONE).toInstant();
        CodeClaims.Issued issued = new CodeClaims.Issued(ISSUER, "appointment:" + appointmentCode, now, now, endOfSlotDay);
        return signer().sign(new CodeClaims.AppointmentCode(issued, appointmentCode, centreCode, slotStart.toInstant(),
                slotEnd.toInstant()).toClaims());
    }

    @Override
    public String authorisationCode(String authorisationRef, Instant issuedAt, Instant expiresAt) {
        CodeClaims.Issued issued = new CodeClaims.Issued(ISSUER, "authorisation:" + authorisationRef, issuedAt, issuedAt, expiresAt);
        return signer().sign(new CodeClaims.AuthorisationCode(issued, authorisationRef).toClaims());
    }

    @Override
    public String publicKeys() {
        return new JwkSet(keys().stream().map(SigningKey::publicEntry).toList()).toJson();
    }

    /** Starts signing with a fresh key now (the old one stays published): what an emergency rotation does. */
    synchronized String rotateNow() {
        Instant now = clock.instant();
        return add(now, now).kid();
    }

    /** The key that signs now, after the scheduled rotation and retirement steps that are due. */
    private synchronized CodeSigner signer() {
        Instant now = clock.instant();
        List<Store.StoredKey> stored = store.signingKeys();
        if (stored.isEmpty()) {
            add(now, now);
            stored = store.signingKeys();
        }
        Store.StoredKey active = active(stored, now);
        Store.StoredKey newest = stored.getLast();
        if (newest == active && !now.isBefore(active.activatesAt().plus(ROTATION).minus(PUBLISH_LEAD))) {
            add(now, active.activatesAt().plus(ROTATION));
        }
        for (Store.StoredKey key : stored) {
            Store.StoredKey successor = successor(stored, key);
            if (successor != null && !now.isBefore(successor.activatesAt().plus(RETENTION))) {
                store.removeSigningKey(key.kid());
            }
        }
        return new CodeSigner(decode(active));
    }

    private List<SigningKey> keys() {
        signer();
        return store.signingKeys().stream().map(SigningKeys::decode).toList();
    }

    private static Store.StoredKey active(List<Store.StoredKey> stored, Instant now) {
        Store.StoredKey active = stored.getFirst();
        for (Store.StoredKey key : stored) {
            if (!key.activatesAt().isAfter(now)) {
                active = key;
            }
        }
        return active;
    }

    private static Store.StoredKey successor(List<Store.StoredKey> stored, Store.StoredKey key) {
        int i = stored.indexOf(key);
        return i + 1 < stored.size() ? stored.get(i + 1) : null;
    }

    private Store.StoredKey add(Instant now, Instant activatesAt) {
        String kid = "platform-" + KID_TIME.format(activatesAt) + "-" + (store.next("signing-key"));
        SigningKey key = SigningKey.generate(kid);
        Store.StoredKey stored = new Store.StoredKey(kid, key.privateKey().getEncoded(), key.publicKey().getEncoded(), now, activatesAt);
        store.addSigningKey(stored);
        return stored;
    }

    private static SigningKey decode(Store.StoredKey stored) {
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            return new SigningKey(stored.kid(), (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey())),
                    (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(stored.publicKey())));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the stored signing key " + stored.kid() + " cannot be read", e);
        }
    }
}
