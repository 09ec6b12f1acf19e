package org.kiosk.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Submission attempts by result ({@code kiosk_submissions_total{result}}), every result registered at 0. */
public final class SubmissionMetrics implements MeterBinder, SubmissionRecorder {

    private final Map<SubmissionOutcome, Counter> submissions = new EnumMap<>(SubmissionOutcome.class);

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SubmissionOutcome outcome : SubmissionOutcome.values()) {
            submissions.put(outcome, Counter.builder("kiosk.submissions")
                    .description("Attempts to submit an application to the platform, by result")
                    .tag("result", Labels.of(outcome))
                    .register(registry));
        }
    }

    @Override
    public void submitted(SubmissionOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Counter counter = submissions.get(outcome);
        if (counter == null) {
            throw new IllegalStateException("submission meters are not bound to a registry yet");
        }
        counter.increment();
    }
}
