package org.kiosk.provisioning.fingerprint;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --password} option: the module's 32-bit password, in decimal (0 to 4294967295) or as {@code 0x} and
 * 1 to 8 hex digits, as module tools print it. Anything else is a usage error, never a silently cut value.
 */
public final class PasswordOption implements ITypeConverter<Integer> {

    private static final long LARGEST = 0xFFFF_FFFFL;

    @Override
    public Integer convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        boolean hex = v.startsWith("0x");
        String digits = hex ? v.substring(2) : v;
        int radix = hex ? 16 : 10;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)
                || (hex && digits.length() > 8)) {
            throw invalid(value);
        }
        long password;
        try {
            password = Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
        if (password > LARGEST) {
            throw invalid(value);
        }
        return (int) password;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException(
                "expected a 32-bit password, 0 to 4294967295 or 0x0 to 0xFFFFFFFF, got '" + value + "'");
    }
}
