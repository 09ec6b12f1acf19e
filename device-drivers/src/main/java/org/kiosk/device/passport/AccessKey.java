package org.kiosk.device.passport;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.kiosk.device.idcard.document.Masking;
import org.kiosk.device.mrz.CheckDigit;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.passport.crypto.KeyDerivation;

/**
 * The key to a chip's Basic Access Control: the document number, birth date and expiry date printed in the MRZ
 * (ICAO Doc 9303 part 11 §9.7.1). Personal data: {@link #toString()} masks it.
 */
public final class AccessKey {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9<]{1,22}");
    private static final Pattern DATE = Pattern.compile("[0-9]{6}");
    private static final int SHORT_NUMBER = 9;

    private final String documentNumber;
    private final String birthDate;
    private final String expiryDate;

    private AccessKey(String documentNumber, String birthDate, String expiryDate) {
        this.documentNumber = documentNumber;
        this.birthDate = birthDate;
        this.expiryDate = expiryDate;
    }

    /**
     * @param documentNumber as printed, without check digit ({@code L898902C})
     * @param birthDate      {@code YYMMDD}
     * @param expiryDate     {@code YYMMDD}
     * @throws IllegalArgumentException naming the field (never its value) that is not valid MRZ data
     */
    public static AccessKey of(String documentNumber, String birthDate, String expiryDate) {
        if (documentNumber == null || !DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            throw new IllegalArgumentException("document number: 1 to 22 characters of A-Z, 0-9 and <");
        }
        if (birthDate == null || !DATE.matcher(birthDate).matches()) {
            throw new IllegalArgumentException("birth date: six digits YYMMDD");
        }
        if (expiryDate == null || !DATE.matcher(expiryDate).matches()) {
            throw new IllegalArgumentException("expiry date: six digits YYMMDD");
        }
        return new AccessKey(documentNumber, birthDate, expiryDate);
    }

    /** The key of the document whose MRZ was scanned. */
    public static AccessKey of(MrzData mrz) {
        return of(mrz.documentNumber(), mrz.birthDate(), mrz.expiryDate());
    }

    /**
     * Document number (padded to 9 with {@code <}, longer ones whole), birth date and expiry, each followed by its
     * check digit.
     */
    String mrzInformation() {
        String number = documentNumber.length() < SHORT_NUMBER
                ? documentNumber + "<".repeat(SHORT_NUMBER - documentNumber.length()) : documentNumber;
        return number + CheckDigit.of(number) + birthDate + CheckDigit.of(birthDate) + expiryDate + CheckDigit.of(expiryDate);
    }

    /** K_enc; the caller wipes it. */
    byte[] encryptionKey() {
        return key(KeyDerivation.ENC);
    }

    /** K_mac; the caller wipes it. */
    byte[] macKey() {
        return key(KeyDerivation.MAC);
    }

    private byte[] key(int counter) {
        byte[] seed = KeyDerivation.seedFromMrzInformation(mrzInformation());
        try {
            return KeyDerivation.derive(seed, counter);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "AccessKey[" + Masking.number(documentNumber) + ", born " + birthDate.substring(0, 2) + "****, expires "
                + expiryDate.substring(0, 2) + "****]";
    }
}
