package org.kiosk.platform.code;

import java.util.regex.Pattern;

/** The shape of a key id: short printable ASCII, so it can be logged and used as a database key safely. */
final class KeyIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private KeyIds() {
    }

    static boolean isValid(String kid) {
        return kid != null && SHAPE.matcher(kid).matches();
    }
}
