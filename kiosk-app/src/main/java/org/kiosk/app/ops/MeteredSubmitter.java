package org.kiosk.app.ops;

import org.kiosk.platform.client.ApplicationSubmitter;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;

/** The platform's submission seam with every attempt's result recorded ({@code kiosk_submissions_total{result}}). */
public final class MeteredSubmitter implements ApplicationSubmitter {

    private final ApplicationSubmitter platform;
    private final SubmissionRecorder recorder;

    public MeteredSubmitter(ApplicationSubmitter platform, SubmissionRecorder recorder) {
        this.platform = platform;
        this.recorder = recorder;
    }

    @Override
    public SubmissionResult submit(String idempotencyKey, byte[] application) throws PlatformUnavailableException {
        SubmissionResult result;
        try {
            result = platform.submit(idempotencyKey, application);
        } catch (PlatformUnavailableException e) {
            recorder.submitted(SubmissionOutcome.UNAVAILABLE);
            throw e;
        }
        recorder.submitted(switch (result) {
            case SubmissionResult.Accepted accepted -> SubmissionOutcome.ACCEPTED;
            case SubmissionResult.Rejected rejected -> SubmissionOutcome.REJECTED;
        });
        return result;
    }
}
