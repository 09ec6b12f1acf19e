package org.kiosk.platform.code;

import java.util.Objects;

/**
 * A scanned code was refused. The message explains the check that failed for staff and logs; it never contains the
 * code's text or any claim value, since a code is untrusted input and may carry anything.
 */
public class CodeRejectedException extends Exception {

    private final Rejection reason;
    private final CodeKind kind;

    public CodeRejectedException(Rejection reason, String message) {
        this(reason, CodeKind.UNKNOWN, message);
    }

    /** @param kind the code's kind when its signature verified before the check that failed, else UNKNOWN */
    public CodeRejectedException(Rejection reason, CodeKind kind, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Rejection reason() {
        return reason;
    }

    public CodeKind kind() {
        return kind;
    }
}
