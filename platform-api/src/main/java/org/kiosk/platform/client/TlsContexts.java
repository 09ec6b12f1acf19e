package org.kiosk.platform.client;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** SSL contexts for talking to the platform, from PKCS#12 files. */
public final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * Mutual TLS: the kiosk's key and certificate (issued at enrolment) and the platform CA to trust.
     *
     * @throws IOException naming the file that could not be read or opened with its password
     */
    public static SSLContext mutual(Path kioskKeyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword)
            throws IOException {
        KeyStore keys = load(kioskKeyStore, keyStorePassword, "kiosk key store");
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, keyStorePassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), trustManagers(trustStore, trustStorePassword).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the kiosk key store " + kioskKeyStore + ": " + e.getMessage(), e);
        }
    }

    /** Server authentication only: for enrolment, before the kiosk has a certificate. */
    public static SSLContext trustOnly(Path trustStore, char[] trustStorePassword) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(trustStore, trustStorePassword).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot build a TLS context: " + e.getMessage(), e);
        }
    }

    private static TrustManagerFactory trustManagers(Path trustStore, char[] password) throws IOException {
        KeyStore trusted = load(trustStore, password, "platform trust store");
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            return tmf;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the platform trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }

    static KeyStore load(Path file, char[] password, String what) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("cannot read the " + what + " " + file + " (PKCS#12): " + e.getMessage(), e);
        }
    }
}
