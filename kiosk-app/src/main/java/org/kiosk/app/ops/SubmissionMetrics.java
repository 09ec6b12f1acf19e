package org.kiosk.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Submission attempts by result ({@code kiosk_submissions_total{result}}), every result registered at 0. */
public final class SubmissionMetrics implements MeterBinder, SubmissionRecorder {

    private final EnumCounters<SubmissionOutcome> submissions = new EnumCounters<>(SubmissionOutcome.class, "kiosk.submissions",
            "Attempts to submit an application to the platform, by result", "result", "submission");

    @Override
    public void bindTo(MeterRegistry registry) {
        submissions.bindTo(registry);
    }

    @Override
    public void submitted(SubmissionOutcome outcome) {
        submissions.increment(outcome);
    }
}
