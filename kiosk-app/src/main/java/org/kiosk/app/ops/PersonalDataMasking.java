package org.kiosk.app.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kiosk.device.idcard.document.Masking;

/**
 * Defence in depth for logs: masks text shaped like a mainland resident ID number (17 digits and a check digit) or a
 * passport or travel-permit number (one or two capital letters and 7 to 10 digits: {@code E12345678}, a Home Return
 * Permit's {@code H} and 8 or 10 digits). Names and addresses cannot be told by their shape: the code never logs them
 * in the first place.
 */
public final class PersonalDataMasking {

    private static final Pattern ID_OR_DOCUMENT_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|[A-Z]{1,2}\\d{7,10})(?![0-9A-Za-z])");

    private PersonalDataMasking() {
    }

    /** {@code text} with every ID-number-shaped run masked like {@code 4405**********0014}; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ID_OR_DOCUMENT_NUMBER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(Masking.number(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }
}
