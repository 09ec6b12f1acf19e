package org.kiosk.platform.sim;

import org.kiosk.platform.model.Problem;

/** Ends a request with an RFC 9457 problem. */
final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    ProblemException(int status, String code, String title, String detail) {
        this(Problem.of(status, code, title, detail));
    }

    ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist");
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(400, "validation-failed", "Invalid request", detail);
    }
}
