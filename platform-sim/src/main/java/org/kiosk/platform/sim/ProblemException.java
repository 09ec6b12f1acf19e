package org.kiosk.platform.sim;

import org.kiosk.platform.model.Problem;

/** Ends a request with an RFC 9457 problem. */
final class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    ProblemException(int status, String code, String title, String detail) {
        this(Problem.of(status, code, title, detail), null);
    }

    ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Problem problem() {
        return problem;
    }

    /** The {@code Retry-After} to send, or null. */
    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist");
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(400, "validation-failed", "Invalid request", detail);
    }
}
