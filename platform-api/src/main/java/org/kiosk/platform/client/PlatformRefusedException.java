package org.kiosk.platform.client;

import org.kiosk.platform.model.Problem;

import java.util.Objects;

/** The platform answered with a final refusal (a 4xx other than 409 and 429); asking again the same way cannot help. */
public class PlatformRefusedException extends PlatformException {

    private final transient Problem problem;

    public PlatformRefusedException(Problem problem) {
        super("the platform refused (" + problem.status() + " " + problem.code() + ")"
                + (problem.detail() == null ? "" : ": " + problem.detail()), null);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }

    /** The platform's machine-readable reason, e.g. {@code slot-full}. */
    public String code() {
        return problem.code();
    }
}
