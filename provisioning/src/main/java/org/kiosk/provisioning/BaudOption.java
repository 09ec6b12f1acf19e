package org.kiosk.provisioning;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --baud} option: a whole number of bits per second, more than 0. Checked while the command line is
 * parsed, so a wrong value is a usage error naming the option rather than a failure of the device.
 */
public final class BaudOption implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int baud;
        try {
            baud = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a whole number of bits per second such as 115200, got '" + value + "'");
        }
        if (baud <= 0) {
            throw new TypeConversionException("expected more than 0 bits per second, got '" + value + "'");
        }
        return baud;
    }
}
