package org.kiosk.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.appointments.SimulatedPlatform;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.ServiceRating.Level;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FaultSettings;

/** Ratings against the platform simulator on loopback: sent at once, kept while they cannot be, sent later. */
class StoredRatingsTest {

    private static final String LOCAL_REFERENCE = "20261128-000042";

    @TempDir
    static Path platformDir;
    @TempDir
    Path dir;

    static SimulatedPlatform platform;
    Path database;
    final Map<String, String> caseNumbers = new ConcurrentHashMap<>();
    StoredRatings ratings;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = new SimulatedPlatform(platformDir, Instant.now());
    }

    @AfterAll
    static void stopThePlatform() {
        platform.close();
    }

    @BeforeEach
    void start() throws Exception {
        database = KioskDatabase.file(dir.resolve("kiosk"));
        ratings = ratings();
    }

    @AfterEach
    void stop() throws Exception {
        ratings.close();
        platformAnswers(true);
    }

    private StoredRatings ratings() throws Exception {
        return new StoredRatings(database, Optional.of(platform.client), reference -> Optional.ofNullable(caseNumbers.get(reference)),
                "kiosk-ratings", Clock.systemUTC(), Runnable::run);
    }

    @Test
    void aRatingWithItsCaseNumberIsSentAtOnce() throws Exception {
        ratings.rate(accepted(newCase()), Level.VERY_SATISFIED);

        assertThat(ratings.count(true)).isEqualTo(1);
        assertThat(ratings.count(false)).isZero();
    }

    @Test
    void aProvisionalReceiptsRatingIsSentOnceTheCaseNumberArrives() throws Exception {
        ratings.rate(provisional(), Level.SATISFIED);
        assertThat(ratings.count(false)).isEqualTo(1);
        assertThat(ratings.resendUnsent()).as("no case number yet").isZero();

        caseNumbers.put(LOCAL_REFERENCE, newCase());

        assertThat(ratings.resendUnsent()).isEqualTo(1);
        assertThat(ratings.count(true)).isEqualTo(1);
        assertThat(ratings.count(false)).isZero();
        assertThat(ratings.resendUnsent()).as("sent once").isZero();
    }

    @Test
    void aRatingThePlatformDidNotAnswerWaitsAndSurvivesARestart() throws Exception {
        String caseNumber = newCase();
        platformAnswers(false);
        ratings.rate(accepted(caseNumber), Level.DISSATISFIED);
        assertThat(ratings.resendUnsent()).isZero();
        assertThat(ratings.count(false)).isEqualTo(1);

        ratings.close();
        ratings = ratings();
        platformAnswers(true);

        assertThat(ratings.resendUnsent()).isEqualTo(1);
        assertThat(ratings.count(true)).isEqualTo(1);
    }

    @Test
    void aRatingThePlatformRefusesIsNotSentAgain() throws Exception {
        ratings.rate(accepted("GD-NO-SUCH-CASE"), Level.NEUTRAL);

        assertThat(ratings.count(false)).isZero();
        assertThat(ratings.count(true)).isZero();
        assertThat(ratings.resendUnsent()).isZero();
    }

    @Test
    void aDatabaseFromBeforeResendingIsUpgraded() throws Exception {
        ratings.close();
        Path old = KioskDatabase.file(dir.resolve("old"));
        try (Connection db = KioskDatabase.open(old); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE service_rating (reference TEXT NOT NULL, level TEXT NOT NULL, "
                    + "kiosk_id TEXT NOT NULL, rated_at TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0)");
            s.execute("INSERT INTO service_rating VALUES ('" + LOCAL_REFERENCE + "', 'SATISFIED', 'kiosk-ratings', '2026-11-27T10:00:00Z', 0)");
        }
        database = old;
        ratings = ratings();
        caseNumbers.put(LOCAL_REFERENCE, newCase());

        assertThat(ratings.resendUnsent()).isEqualTo(1);
        assertThat(ratings.count(true)).isEqualTo(1);
    }

    private String newCase() throws Exception {
        SubmissionResult.Accepted accepted = (SubmissionResult.Accepted) platform.client.submit("ratings-" + System.nanoTime(),
                new ApplicationRequest(SimulatedPlatform.SOCIAL_INSURANCE, SimulatedPlatform.CENTRE, "zh-CN", platform.clock.instant(),
                        new Applicant(DocumentType.RESIDENT_ID, "440106199001010014", "测试人"),
                        Map.of("applicantName", "测试人", "documentNumber", "440106199001010014", "periodFrom", "2024-01-01",
                                "periodTo", "2024-12-31", "purpose", "housing"),
                        ApplicationRequest.IdentityVerification.NONE));
        return accepted.caseNumber();
    }

    private static Applications.Submission accepted(String caseNumber) {
        return new Applications.Submission(Optional.of(caseNumber), LOCAL_REFERENCE, Optional.empty(), caseNumber, 1);
    }

    private static Applications.Submission provisional() {
        return new Applications.Submission(Optional.empty(), LOCAL_REFERENCE, Optional.empty(), LOCAL_REFERENCE, 1);
    }

    private static void platformAnswers(boolean answers) throws Exception {
        platform.faults(answers ? FaultSettings.NONE : new FaultSettings(0, 0, 0, 1.0, 1, 0, false));
    }
}
