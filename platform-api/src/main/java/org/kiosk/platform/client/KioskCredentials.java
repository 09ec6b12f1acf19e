package org.kiosk.platform.client;

import org.kiosk.platform.model.EnrolmentRequest;
import org.kiosk.platform.model.EnrolmentResponse;

import javax.security.auth.x500.X500Principal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The kiosk's side of enrolment: a P-256 key pair, a PKCS#10 certificate request for it, and the PKCS#12 key store
 * and trust store the {@link PlatformClient} uses afterwards. The request is DER-encoded here (the JDK has no public
 * PKCS#10 writer), so the platform-api module needs no cryptography library.
 */
public final class KioskCredentials {

    /** Alias of the kiosk's key entry in its key store. */
    public static final String KEY_ALIAS = "kiosk";
    /** Alias of the platform CA in the trust store. */
    public static final String CA_ALIAS = "platform-ca";

    private static final byte[] ECDSA_WITH_SHA256 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};

    private KioskCredentials() {
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }

    /** A PEM PKCS#10 request with subject {@code CN=kioskId}, signed with SHA256withECDSA by the pair's private key. */
    public static String certificateRequest(KeyPair keys, String kioskId) {
        byte[] subject = new X500Principal("CN=" + kioskId.replace("\\", "\\\\").replace(",", "\\,")).getEncoded();
        byte[] info = der(0x30, concat(new byte[]{0x02, 0x01, 0x00}, subject, keys.getPublic().getEncoded(), new byte[]{(byte) 0xA0, 0x00}));
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(info);
            byte[] signature = signer.sign();
            byte[] algorithm = der(0x30, ECDSA_WITH_SHA256);
            byte[] bits = der(0x03, concat(new byte[]{0}, signature));
            return pem("CERTIFICATE REQUEST", der(0x30, concat(info, algorithm, bits)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the certificate request with an EC key: " + e.getMessage(), e);
        }
    }

    /**
     * Enrols a kiosk: makes its key, has the platform sign its certificate, and writes the kiosk key store and the
     * platform trust store (both PKCS#12, written whole or not at all).
     *
     * @param enrolmentClient a client that trusts the platform (see {@link PlatformClient.Builder#trustOnly})
     */
    public static EnrolmentResponse enrol(PlatformClient enrolmentClient, String provisioningKey, String kioskId, Path keyStore,
                                          char[] keyStorePassword, Path trustStore, char[] trustStorePassword)
            throws PlatformException, IOException {
        KeyPair keys = newKeyPair();
        EnrolmentResponse issued = enrolmentClient.enrol(provisioningKey, new EnrolmentRequest(kioskId, certificateRequest(keys, kioskId)));
        writeKeyStore(keyStore, keyStorePassword, keys.getPrivate(), issued.certificate(), issued.caCertificate());
        writeTrustStore(trustStore, trustStorePassword, issued.caCertificate());
        return issued;
    }

    /** Writes a PKCS#12 key store holding the kiosk's key with its certificate chain (kiosk, CA). */
    public static void writeKeyStore(Path file, char[] password, PrivateKey key, String certificatePem, String caPem) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(KEY_ALIAS, key, password, new Certificate[]{certificate(certificatePem), certificate(caPem)});
            save(store, file, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot build the kiosk key store: " + e.getMessage(), e);
        }
    }

    /** Writes a PKCS#12 trust store holding the platform CA. */
    public static void writeTrustStore(Path file, char[] password, String caPem) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(CA_ALIAS, certificate(caPem));
            save(store, file, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot build the platform trust store: " + e.getMessage(), e);
        }
    }

    /** Parses one PEM certificate. */
    public static X509Certificate certificate(String pem) throws IOException {
        Objects.requireNonNull(pem, "pem");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static void save(KeyStore store, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** One DER element: tag, definite length, content. */
    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
