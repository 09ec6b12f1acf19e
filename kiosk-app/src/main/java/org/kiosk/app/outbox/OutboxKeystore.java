package org.kiosk.app.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outbox's AES-256 key in a PKCS#12 keystore, opened with a password read from a file that only the kiosk's user
 * may read (mode 600, as systemd's {@code LoadCredential=} provides one). A file rather than a configuration value:
 * configuration shows up in process listings, environment dumps and support bundles. At first start both files are
 * created; afterwards a missing or unreadable one is an {@link OutboxKeyException}, never a silent new key.
 *
 * @param keystore     the PKCS#12 file
 * @param passwordFile the file whose first line is the keystore's password
 */
public record OutboxKeystore(Path keystore, Path passwordFile) {

    static final String ALIAS = "outbox-payload";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    public boolean exists() {
        return Files.exists(keystore);
    }

    /** Loads the key of an existing keystore. */
    SecretKey load() throws OutboxKeyException {
        if (!exists()) {
            throw new OutboxKeyException("the outbox keystore " + keystore + " is missing");
        }
        char[] password = readPassword();
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getEntry(ALIAS, new KeyStore.PasswordProtection(password)) instanceof KeyStore.SecretKeyEntry entry)) {
                throw new OutboxKeyException("the outbox keystore " + keystore + " holds no secret key '" + ALIAS + "'");
            }
            SecretKey key = entry.getSecretKey();
            byte[] encoded = key.getEncoded();
            if (encoded == null || encoded.length != 32) {
                throw new OutboxKeyException("the key '" + ALIAS + "' in " + keystore + " is not a 256-bit key");
            }
            return new SecretKeySpec(encoded, "AES");
        } catch (IOException | GeneralSecurityException e) {
            throw new OutboxKeyException("cannot open the outbox keystore " + keystore
                    + ": wrong password in " + passwordFile + ", or a damaged file (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Makes a new key, and the password file too when it does not exist yet; fails if the keystore exists. */
    SecretKey create(SecureRandom random) throws OutboxKeyException {
        if (exists()) {
            throw new OutboxKeyException("the outbox keystore " + keystore + " exists already");
        }
        try {
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            if (!Files.exists(passwordFile)) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                writeOwnerOnly(passwordFile, (Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            SecretKey key = new SecretKeySpec(raw, "AES");
            Arrays.fill(raw, (byte) 0);
            char[] password = readPassword();
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, password);
                store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
                // written beside and moved into place, so a crash never leaves a half-written keystore
                Path partial = keystore.resolveSibling(keystore.getFileName() + ".new");
                Files.deleteIfExists(partial);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                store.store(bytes, password);
                writeOwnerOnly(partial, bytes.toByteArray());
                moveIntoPlace(partial, keystore);
            } finally {
                Arrays.fill(password, '\0');
            }
            return key;
        } catch (IOException | GeneralSecurityException e) {
            throw new OutboxKeyException("cannot create the outbox keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private char[] readPassword() throws OutboxKeyException {
        if (!Files.exists(passwordFile)) {
            throw new OutboxKeyException("the outbox keystore's password file " + passwordFile + " is missing");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new OutboxKeyException("the outbox keystore's password file " + passwordFile + " is open to others ("
                        + PosixFilePermissions.toString(permissions) + "); allow only its owner: chmod 600 " + passwordFile);
            }
            byte[] bytes = Files.readAllBytes(passwordFile);
            try {
                int end = 0;
                while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                    end++;
                }
                if (end == 0) {
                    throw new OutboxKeyException("the outbox keystore's password file " + passwordFile + " is empty");
                }
                char[] password = new char[end];
                for (int i = 0; i < end; i++) {
                    password[i] = (char) (bytes[i] & 0xFF);
                }
                return password;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            throw new OutboxKeyException("cannot read the outbox keystore's password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new file that only its owner may read, from its creation on. */
    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(content);
            }
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
