package org.kiosk.provisioning.enroll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kiosk.platform.client.KioskCredentials;

/** What a technician and the provisioning report say of the kiosk's certificate. */
public final class CertificateFacts {

    private CertificateFacts() {
    }

    /** Subject, issuer, SHA-256 fingerprint and validity of the kiosk's certificate in its key store. */
    public static Map<String, Object> of(Path keyStore, char[] password) throws IOException {
        X509Certificate cert = certificate(keyStore, password);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("subject", cert.getSubjectX500Principal().getName());
        facts.put("issuer", cert.getIssuerX500Principal().getName());
        facts.put("sha256Fingerprint", fingerprint(cert));
        facts.put("notBefore", cert.getNotBefore().toInstant().toString());
        facts.put("notAfter", cert.getNotAfter().toInstant().toString());
        return facts;
    }

    public static X509Certificate certificate(Path keyStore, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getCertificate(KioskCredentials.KEY_ALIAS) instanceof X509Certificate cert)) {
                throw new IOException(keyStore + " holds no kiosk certificate (alias '" + KioskCredentials.KEY_ALIAS + "')");
            }
            return cert;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key store " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** Colon-separated upper-case hex, as browsers and openssl show it. */
    public static String fingerprint(X509Certificate cert) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot fingerprint the certificate: " + e.getMessage(), e);
        }
    }
}
