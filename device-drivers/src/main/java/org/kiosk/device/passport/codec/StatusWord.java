package org.kiosk.device.passport.codec;

/** The ISO 7816-4 status words an eMRTD answers with, and what each means for the read. */
public final class StatusWord {

    public static final int SUCCESS = 0x9000;
    /** End of file reached before Le bytes were read. */
    public static final int END_OF_FILE = 0x6282;
    /** Authentication failed (some chips answer MUTUAL AUTHENTICATE with a wrong MRZ like this). */
    public static final int AUTHENTICATION_FAILED = 0x6300;
    public static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;
    public static final int SM_DATA_OBJECTS_MISSING = 0x6987;
    public static final int SM_DATA_OBJECTS_INCORRECT = 0x6988;
    public static final int FILE_NOT_FOUND = 0x6A82;
    public static final int WRONG_PARAMETERS = 0x6B00;

    private StatusWord() {
    }

    /** The status word at the end of a response APDU. */
    public static int of(byte[] response) {
        if (response.length < 2) {
            throw new IllegalArgumentException("a response APDU has at least two bytes");
        }
        return (response[response.length - 2] & 0xFF) << 8 | (response[response.length - 1] & 0xFF);
    }

    public static String hex(int sw) {
        return String.format("%04X", sw);
    }
}
