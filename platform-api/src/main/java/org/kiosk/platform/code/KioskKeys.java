package org.kiosk.platform.code;

/**
 * Naming of a kiosk's own signing key, which signs only that kiosk's provisional receipts. Its key id is
 * {@code kiosk:<kioskId>:<n>} and the codes it signs have issuer {@code kiosk:<kioskId>}, so a verifier can check
 * that a kiosk key vouches for nothing but its own kiosk's receipts.
 */
public final class KioskKeys {

    static final String PREFIX = "kiosk:";

    private KioskKeys() {
    }

    /** The key id of a kiosk's {@code generation}-th key. */
    public static String kid(String kioskId, int generation) {
        return PREFIX + kioskId + ":" + generation;
    }

    public static String issuer(String kioskId) {
        return PREFIX + kioskId;
    }

    static boolean isKioskKid(String kid) {
        return kid.startsWith(PREFIX);
    }

    static boolean belongsTo(String kid, String kioskId) {
        return kid.startsWith(PREFIX + kioskId + ":");
    }
}
