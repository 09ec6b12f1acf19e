package org.kiosk.app.ops;

/** What the outbox tells operations after each submission attempt; never the application or its reason text. */
public interface SubmissionRecorder {

    void submitted(SubmissionOutcome outcome);
}
