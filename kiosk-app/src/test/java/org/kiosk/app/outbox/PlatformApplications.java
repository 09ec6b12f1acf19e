package org.kiosk.app.outbox;

import java.time.Instant;
import java.util.Map;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications the platform simulator accepts (its social insurance certificate matter), numbered through their
 * submission time so the same number always gives the same bytes: a restarted submitter makes exactly the body a
 * killed one would have.
 */
final class PlatformApplications {

    static final String SOCIAL_INSURANCE = "1144010000749982812000110003000";
    static final String CENTRE = "GZ-TH-01";
    static final String MATTER = "000110003000";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlatformApplications() {
    }

    /** Application {@code n} of a run that started at {@code since}. */
    static byte[] application(int n, Instant since) {
        return JSON.writeValueAsBytes(new ApplicationRequest(SOCIAL_INSURANCE, CENTRE, "zh-CN", since.plusSeconds(n),
                new Applicant(DocumentType.RESIDENT_ID, TestApplications.ID_NUMBER, TestApplications.NAME),
                Map.of("applicantName", TestApplications.NAME, "documentNumber", TestApplications.ID_NUMBER, "periodFrom", "2024-01-01",
                        "periodTo", "2024-12-31", "purpose", "housing"),
                ApplicationRequest.IdentityVerification.NONE));
    }
}
