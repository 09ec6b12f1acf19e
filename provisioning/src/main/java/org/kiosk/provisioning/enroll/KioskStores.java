package org.kiosk.provisioning.enroll;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.kiosk.provisioning.config.KioskConfigFile;

/**
 * Where the kiosk's PKCS#12 stores live and the password they share. {@code configure} names them in the
 * configuration as soon as a platform is set (the kiosk refuses an https platform without them) and
 * {@code enroll} fills them; both take the names from the file once they are there.
 */
public final class KioskStores {

    public static final String KEY_STORE = "kiosk.p12";
    public static final String TRUST_STORE = "platform-trust.p12";

    private KioskStores() {
    }

    /** Adds the stores' keys under {@code dataDir} to a configuration that has a platform and lacks them. */
    public static void nameIn(KioskConfigFile file, Path dataDir) {
        if (file.get("kiosk.platform.url").isEmpty() || file.get("kiosk.platform.key-store").isPresent()) {
            return;
        }
        String password = newPassword();
        file.put("kiosk.platform.key-store", dataDir.resolve(KEY_STORE).toAbsolutePath().toString());
        file.put("kiosk.platform.key-store-password", password);
        file.put("kiosk.platform.trust-store", dataDir.resolve(TRUST_STORE).toAbsolutePath().toString());
        file.put("kiosk.platform.trust-store-password", password);
    }

    static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
