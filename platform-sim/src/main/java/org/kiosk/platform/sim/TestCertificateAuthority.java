package org.kiosk.platform.sim;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.kiosk.platform.client.KioskCredentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The simulator's own certificate authority, made at first start in the data folder: it issues the server's
 * certificate (localhost, 127.0.0.1, ::1) and signs the kiosks' certificate requests at enrolment. A test CA: its
 * stores share one published password ({@link #STORE_PASSWORD}). Its key is read at the first enrolment, not at every
 * start, and the server's key and certificate are PEM files: a PKCS#12 store costs a start about 80 ms of key
 * derivation, which protects nothing behind a published password.
 */
public final class TestCertificateAuthority {

    /** Password of every store the simulator writes; they guard test keys only. */
    public static final String STORE_PASSWORD = "platform-sim";
    public static final String CA_STORE = "ca.p12";
    /** The server's certificate, then the CA's. */
    public static final String SERVER_CERTIFICATE = "server.pem";
    /** The server's private key, PKCS#8, readable by its owner only. */
    public static final String SERVER_KEY = "server-key.pem";
    /** The PKCS#12 trust store (the CA certificate) a kiosk needs to trust the simulator. */
    public static final String TRUST_STORE = "truststore.p12";
    public static final String CA_PEM = "ca.pem";

    private static final Duration KIOSK_VALIDITY = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dataDir;
    /** Both read from {@link #CA_STORE} at first use. */
    private PrivateKey caKey;
    private X509Certificate caCertificate;

    private TestCertificateAuthority(Path dataDir, PrivateKey caKey, X509Certificate caCertificate) {
        this.dataDir = dataDir;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
    }

    /** Opens the CA in {@code dataDir}, creating it and the server's certificate on first use. */
    public static TestCertificateAuthority openOrCreate(Path dataDir) throws IOException {
        Path caStore = dataDir.resolve(CA_STORE);
        try {
            if (Files.exists(caStore)) {
                TestCertificateAuthority ca = new TestCertificateAuthority(dataDir, null, null);
                if (!Files.exists(dataDir.resolve(SERVER_CERTIFICATE)) || !Files.exists(dataDir.resolve(SERVER_KEY))) {
                    ca.writeServerFiles();
                }
                return ca;
            }
            KeyPair keys = KioskCredentials.newKeyPair();
            X500Name name = new X500Name("CN=Platform Simulator Test CA,O=Kiosk Platform Simulator");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate());
            TestCertificateAuthority ca = new TestCertificateAuthority(dataDir, keys.getPrivate(), certificate);

            Files.createDirectories(dataDir);
            KeyStore store = empty();
            store.setKeyEntry("ca", keys.getPrivate(), password(), new Certificate[]{certificate});
            save(store, caStore);
            KeyStore trust = empty();
            trust.setCertificateEntry(KioskCredentials.CA_ALIAS, certificate);
            save(trust, dataDir.resolve(TRUST_STORE));
            Files.writeString(dataDir.resolve(CA_PEM), ca.caPem());
            ca.writeServerFiles();
            return ca;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot create or open the test CA in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String caPem() throws IOException {
        try {
            return KioskCredentials.pem("CERTIFICATE", load().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** Reads the CA's key and certificate from its store the first time they are needed; returns the certificate. */
    private synchronized X509Certificate load() throws IOException {
        if (caCertificate == null) {
            Path file = dataDir.resolve(CA_STORE);
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password());
                caKey = (PrivateKey) store.getKey("ca", password());
                caCertificate = (X509Certificate) store.getCertificate("ca");
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot read the test CA in " + file + ": " + e.getMessage(), e);
            }
            if (caKey == null || caCertificate == null) {
                throw new IOException("the test CA store " + file + " holds no entry 'ca'");
            }
        }
        return caCertificate;
    }

    /**
     * Issues a kiosk's client certificate from its PEM certificate request.
     *
     * @throws InvalidRequestException when the request is unreadable, its signature wrong, or its CN not the kiosk id
     * @throws IOException when the CA's own store cannot be read
     */
    public X509Certificate issueKiosk(String kioskId, String csrPem) throws InvalidRequestException, IOException {
        PKCS10CertificationRequest csr;
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            Object parsed = parser.readObject();
            if (!(parsed instanceof PKCS10CertificationRequest request)) {
                throw new InvalidRequestException("certificateRequest is not a PEM PKCS#10 certificate request");
            }
            csr = request;
        } catch (IOException e) {
            throw new InvalidRequestException("certificateRequest is not readable PEM: " + e.getMessage());
        }
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()))) {
                throw new InvalidRequestException("the certificate request's signature does not match its public key");
            }
        } catch (OperatorCreationException | PKCSException e) {
            throw new InvalidRequestException("the certificate request's signature cannot be checked: " + e.getMessage());
        }
        var cn = csr.getSubject().getRDNs(BCStyle.CN);
        if (cn.length != 1 || !kioskId.equals(IETFUtils.valueToString(cn[0].getFirst().getValue()))) {
            throw new InvalidRequestException("the certificate request's subject must be CN=<kioskId>");
        }
        X509Certificate issuer = load();
        try {
            PublicKey key = new JcaPEMKeyConverter().getPublicKey(csr.getSubjectPublicKeyInfo());
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(KIOSK_VALIDITY)), csr.getSubject(), key);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
            return sign(builder, caKey);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new InvalidRequestException("cannot issue a certificate for this request: " + e.getMessage());
        }
    }

    private void writeServerFiles() throws GeneralSecurityException, OperatorCreationException, IOException {
        X509Certificate issuer = load();
        KeyPair keys = KioskCredentials.newKeyPair();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(825))), new X500Name("CN=localhost,O=Kiosk Platform Simulator"), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")}));
        X509Certificate certificate = sign(builder, caKey);
        writeAtomically(dataDir.resolve(SERVER_KEY), ascii(KioskCredentials.pem("PRIVATE KEY", keys.getPrivate().getEncoded())), true);
        writeAtomically(dataDir.resolve(SERVER_CERTIFICATE), ascii(KioskCredentials.pem("CERTIFICATE", certificate.getEncoded())
                + KioskCredentials.pem("CERTIFICATE", issuer.getEncoded())), true);
    }

    private static byte[] ascii(String pem) {
        return pem.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a file whole or not at all; one for its owner only is never readable by others, not even half-written. */
    private static void writeAtomically(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (ownerOnly) {
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the folder's permissions
            }
        }
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws OperatorCreationException, GeneralSecurityException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(key);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static char[] password() {
        return STORE_PASSWORD.toCharArray();
    }

    private static KeyStore empty() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static void save(KeyStore store, Path file) throws GeneralSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password());
        writeAtomically(file, out.toByteArray(), false);
    }

    /** A certificate request the CA will not sign; the message says why and contains no key material. */
    public static final class InvalidRequestException extends Exception {
        public InvalidRequestException(String message) {
            super(message);
        }
    }
}
