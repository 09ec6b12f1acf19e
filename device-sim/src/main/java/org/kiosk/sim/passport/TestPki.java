package org.kiosk.sim.passport;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test country's passport PKI, generated fresh (no private key is ever committed): a Country Signing CA and a
 * document signer under it, both ECDSA P-256. Two PKIs of the same country have the same names but different keys,
 * which is how a forged document signer looks to a kiosk that trusts the real CSCA.
 *
 * @param country the ISO 3166 two-letter code in the certificates' names, e.g. {@code UT}
 */
public record TestPki(String country, X509Certificate csca, X509Certificate documentSigner, PrivateKey documentSignerKey) {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    public static TestPki generate(String country) {
        try {
            KeyPair cscaKeys = ecKeys();
            KeyPair dsKeys = ecKeys();
            X500Name cscaName = new X500Name("C=" + country + ",O=Test State " + country + ",CN=Test CSCA " + country);
            X500Name dsName = new X500Name("C=" + country + ",O=Test State " + country + ",CN=Test Document Signer " + country);
            Instant now = Instant.now();
            X509Certificate csca = sign(new JcaX509v3CertificateBuilder(cscaName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), cscaName, cscaKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), cscaKeys.getPrivate());
            X509Certificate ds = sign(new JcaX509v3CertificateBuilder(cscaName, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), dsName, dsKeys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)), cscaKeys.getPrivate());
            return new TestPki(country, csca, ds, dsKeys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate the test PKI", e);
        }
    }

    /** Writes the CSCA certificate as PEM into {@code dir} (a trust store directory) and returns the file. */
    public Path writeCsca(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("csca-" + country.toLowerCase() + "-" + csca.getSerialNumber() + ".pem");
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(csca);
        }
        Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
        return file;
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }
}
