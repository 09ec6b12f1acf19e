package org.kiosk.app.outbox;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a provisional receipt's QR code carries: the kiosk and the local reference, which the kiosk resolves to the
 * case number once the platform has acknowledged the application ({@link SqliteOutbox#byLocalReference}). The one
 * place that knows the form, {@code kiosk-ref:v1:<kiosk id>:<local reference>}. Once the kiosk holds its own signing
 * key from enrolment, the same two values become the claims {@code kioskId} and {@code localRef} of a signed
 * {@code provisional-receipt} code ({@code org.kiosk.platform.code}).
 */
public record LocalReferenceCode(String kioskId, String localReference) {

    private static final String PREFIX = "kiosk-ref:v1:";
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("\\d{8}-\\d{6,18}");
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "(" + KIOSK_ID + "):(" + LOCAL_REFERENCE + ")");

    /** The code could not be read as a local reference code. */
    public static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    public LocalReferenceCode {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(localReference, "localReference");
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw new IllegalArgumentException("a kiosk id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (!LOCAL_REFERENCE.matcher(localReference).matches()) {
            throw new IllegalArgumentException("a local reference is YYYYMMDD-NNNNNN, got '" + localReference + "'");
        }
    }

    /** The QR code's text. */
    public String text() {
        return PREFIX + kioskId + ":" + localReference;
    }

    /**
     * Reads a scanned code.
     *
     * @throws MalformedException when {@code text} is not a local reference code; the message quotes none of it
     *                            beyond its length, as a scan may be anything
     */
    public static LocalReferenceCode parse(String text) throws MalformedException {
        if (text == null) {
            throw new MalformedException("no code given");
        }
        if (!text.startsWith(PREFIX)) {
            throw new MalformedException("not a kiosk local reference code (expected it to start with '" + PREFIX + "')");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new MalformedException("a kiosk local reference code of " + text.length()
                    + " characters without the form " + PREFIX + "<kiosk id>:<YYYYMMDD-NNNNNN>");
        }
        return new LocalReferenceCode(m.group(1), m.group(2));
    }
}
