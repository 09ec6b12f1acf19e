package org.kiosk.device.passport.pa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * The Country Signing CA certificates the kiosk trusts, grouped by their country. Loaded from a directory of
 * certificate files (PEM or DER, {@code .pem .crt .cer .der}) or from a keystore file (PKCS#12 or JKS, its
 * trusted-certificate entries; a PKCS#12 file encrypts them, so it needs its password).
 */
public final class CscaTrustStore {

    private static final List<String> CERTIFICATE_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der");

    private final List<X509Certificate> certificates;

    public CscaTrustStore(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    public static CscaTrustStore empty() {
        return new CscaTrustStore(List.of());
    }

    /** Loads a directory of certificate files, or a keystore file without a password. */
    public static CscaTrustStore load(Path location) throws TrustStoreException {
        return load(location, null);
    }

    /** Loads a directory of certificate files or a keystore file ({@code password} null when it has none). */
    public static CscaTrustStore load(Path location, char[] password) throws TrustStoreException {
        if (Files.isDirectory(location)) {
            return fromDirectory(location);
        }
        if (Files.isRegularFile(location)) {
            return fromKeyStore(location, password);
        }
        throw new TrustStoreException("CSCA trust store " + location + " is neither a directory nor a file");
    }

    private static CscaTrustStore fromDirectory(Path dir) throws TrustStoreException {
        List<X509Certificate> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(file) && CERTIFICATE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    found.addAll(readCertificates(file));
                }
            }
        } catch (IOException e) {
            throw new TrustStoreException("cannot list CSCA directory " + dir + ": " + e.getMessage(), e);
        }
        return new CscaTrustStore(found);
    }

    private static List<X509Certificate> readCertificates(Path file) throws TrustStoreException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new TrustStoreException("no certificate in " + file);
            }
            return certs;
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustStoreException("cannot read CSCA certificate " + file + ": " + e.getMessage(), e);
        }
    }

    private static CscaTrustStore fromKeyStore(Path file, char[] password) throws TrustStoreException {
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password);
            List<X509Certificate> found = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                    found.add(c);
                }
            }
            if (found.isEmpty()) {
                throw new TrustStoreException("no trusted certificate readable in keystore " + file
                        + (password == null ? " (a PKCS#12 file needs its password)" : ""));
            }
            return new CscaTrustStore(found);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new TrustStoreException("cannot read CSCA keystore " + file + ": " + e.getMessage(), e);
        }
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The CSCA certificates of one country (ISO 3166 two-letter code from their subject). */
    public List<X509Certificate> ofCountry(String country) {
        return certificates.stream().filter(c -> country(c.getSubjectX500Principal()).map(country::equalsIgnoreCase).orElse(false)).toList();
    }

    /** The country ({@code C=}) of a distinguished name. */
    public static Optional<String> country(X500Principal name) {
        try {
            for (Rdn rdn : new LdapName(name.getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("C")) {
                    return Optional.of(rdn.getValue().toString().toUpperCase(Locale.ROOT));
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "CscaTrustStore[" + certificates.size() + " certificates]";
    }
}
