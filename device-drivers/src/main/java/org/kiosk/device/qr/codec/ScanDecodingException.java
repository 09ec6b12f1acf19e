package org.kiosk.device.qr.codec;

import java.util.Objects;

/** A code whose bytes are not text the kiosk accepts. The message says why, never what the code held. */
public class ScanDecodingException extends Exception {

    /** Why the bytes were refused. */
    public enum Problem {
        /** Not UTF-8, and GB18030 is not enabled. */
        NOT_UTF8,
        /** Neither UTF-8 nor GB18030. */
        NOT_GB18030,
        /** A control character that no scanned text has (line noise). */
        CONTROL_CHARACTER
    }

    private final Problem problem;

    public ScanDecodingException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
    }

    public Problem problem() {
        return problem;
    }
}
