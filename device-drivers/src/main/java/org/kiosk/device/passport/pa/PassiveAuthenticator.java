package org.kiosk.device.passport.pa;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import org.kiosk.device.passport.lds.SecurityObject;

/**
 * Passive authentication (ICAO Doc 9303 part 11 §5.1): the document signer's signature over the SOD, the document
 * signer certificate's chain to a trusted CSCA of the issuing state, and the hash of every data group read. A failed
 * signature or hash outranks a missing CSCA: altered data is {@link Outcome#FAILED} whatever the trust store holds.
 */
public final class PassiveAuthenticator {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final CscaTrustStore trustStore;
    private final Clock clock;

    public PassiveAuthenticator(CscaTrustStore trustStore, Clock clock) {
        this.trustStore = trustStore;
        this.clock = clock;
    }

    /**
     * @param dataGroups the data groups read from the chip, whole files (tag and length included), by number
     */
    public PassiveAuthentication verify(SecurityObject sod, Map<Integer, byte[]> dataGroups) {
        Collection<SignerInformation> signers = sod.signedData().getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return PassiveAuthentication.failed(FailedCheck.SECURITY_OBJECT, "unknown",
                    "EF.SOD has " + signers.size() + " signers, not one");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = sod.signedData().getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return PassiveAuthentication.failed(FailedCheck.SECURITY_OBJECT, "unknown", "EF.SOD carries no document signer certificate");
        }
        X509Certificate signerCertificate;
        try {
            signerCertificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(matches.iterator().next());
        } catch (GeneralSecurityException e) {
            return PassiveAuthentication.failed(FailedCheck.SECURITY_OBJECT, "unknown", "document signer certificate unreadable");
        }
        String state = CscaTrustStore.country(signerCertificate.getIssuerX500Principal()).orElse("unknown");
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signerCertificate))) {
                return PassiveAuthentication.failed(FailedCheck.SIGNATURE, state, "the document signer's signature over EF.SOD does not verify");
            }
        } catch (CMSException | OperatorCreationException e) {
            return PassiveAuthentication.failed(FailedCheck.SIGNATURE, state, "the document signer's signature over EF.SOD does not verify: "
                    + e.getClass().getSimpleName());
        }
        for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
            int number = group.getKey();
            byte[] expected = sod.hashes().get(number);
            if (expected == null) {
                return PassiveAuthentication.hashFailed(number, state, "EF.SOD has no hash of DG" + number);
            }
            if (!MessageDigest.isEqual(expected, digest(sod.hashAlgorithm(), group.getValue()))) {
                return PassiveAuthentication.hashFailed(number, state, "DG" + number + " does not match its hash in EF.SOD");
            }
        }
        List<X509Certificate> cscas = trustStore.ofCountry(state);
        if (cscas.isEmpty()) {
            return PassiveAuthentication.notVerifiable(state);
        }
        String chainFailure = validateChain(signerCertificate, cscas);
        if (chainFailure != null) {
            return PassiveAuthentication.failed(FailedCheck.CHAIN, state, chainFailure);
        }
        return PassiveAuthentication.verified(state);
    }

    /** Validates the document signer certificate under the state's CSCAs; returns why not, or null. */
    private String validateChain(X509Certificate signerCertificate, List<X509Certificate> cscas) {
        try {
            Set<TrustAnchor> anchors = cscas.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(signerCertificate));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return null;
        } catch (GeneralSecurityException e) {
            return "the document signer certificate does not chain to a trusted CSCA of its state: " + e.getMessage();
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
