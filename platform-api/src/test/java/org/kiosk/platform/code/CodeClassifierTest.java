package org.kiosk.platform.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.kiosk.platform.code.Classification.Status;
import org.junit.jupiter.api.Test;

class CodeClassifierTest {

    private final MutableClock clock = new MutableClock(Codes.NOW);
    private final SigningKey key = SigningKey.generate("platform-1");
    private final CodeSigner signer = new CodeSigner(key);
    private final CodeVerifier verifier = CodeVerifier.builder(Codes.ISSUER,
            KeyLookup.of(new JwkSet(List.of(key.publicEntry())))).clock(clock).build();
    private final InMemoryReplayStore replays = new InMemoryReplayStore(3);
    private final CodeClassifier classifier = new CodeClassifier(verifier, replays);

    @Test
    void aValidCodeIsClassifiedWithItsClaims() {
        Classification classification = classifier.classify(signer.sign(Codes.appointment().toClaims()));

        assertThat(classification.isValid()).isTrue();
        assertThat(classification.kind()).isEqualTo(CodeKind.APPOINTMENT);
        assertThat(classification.claims()).contains(Codes.appointment());
        assertThat(classification.messageKey()).isEmpty();
        assertThat(classification.toString()).isEqualTo("Classification[APPOINTMENT VALID]")
                .doesNotContain("A20260302");
    }

    @Test
    void aSingleUseCodeIsRefusedTheSecondTime() {
        String code = signer.sign(Codes.authorisation("once").toClaims());

        assertThat(classifier.classify(code).isValid()).isTrue();
        Classification replay = classifier.classify(code);
        assertThat(replay.rejection()).contains(Rejection.REPLAYED);
        assertThat(replay.kind()).isEqualTo(CodeKind.AUTHORISATION);
        assertThat(CodeClassifier.message(replay, Locale.ENGLISH))
                .isEqualTo("This code has already been used. Make a new one on your phone.");
    }

    @Test
    void multiUseKindsAreNotRemembered() {
        String code = signer.sign(Codes.appointment().toClaims());
        assertThat(classifier.classify(code).isValid()).isTrue();
        assertThat(classifier.classify(code).isValid()).isTrue();
        assertThat(replays.size()).isZero();
    }

    @Test
    void theReplayMemoryForgetsExpiredCodesAndRefusesWhenFullOfLiveOnes() {
        for (int i = 0; i < 3; i++) {
            assertThat(classifier.classify(signer.sign(Codes.authorisation("n" + i).toClaims())).isValid()).isTrue();
        }
        assertThat(classifier.classify(signer.sign(Codes.authorisation("n3").toClaims())).rejection())
                .contains(Rejection.REPLAY_MEMORY_FULL);

        clock.advance(Duration.ofMinutes(3).plus(verifier.leeway()));
        assertThat(replays.markUsed("x", clock.instant().plusSeconds(1), clock.instant()))
                .isEqualTo(ReplayStore.Outcome.FIRST_USE);
        assertThat(replays.size()).isEqualTo(1);
    }

    @Test
    void anythingNotOursGetsTheSameCitizenMessageInEachLanguage() {
        for (String text : List.of("https://example.com/phish", "WIFI:S:net;P:pw;;", "", "\u0000\u0001",
                signer.sign(Codes.appointment().toClaims()).replace('.', ','))) {
            Classification classification = classifier.classify(text);
            assertThat(classification.status()).isEqualTo(Status.REJECTED);
            assertThat(classification.kind()).isEqualTo(CodeKind.UNKNOWN);
            assertThat(classification.rejection()).contains(Rejection.NOT_OURS);
            assertThat(classification.messageKey()).contains("code.notUsableHere");
        }
        Classification notOurs = classifier.classify("https://example.com");
        assertThat(CodeClassifier.message(notOurs, Locale.ENGLISH)).isEqualTo("This code cannot be used here.");
        assertThat(CodeClassifier.message(notOurs, Locale.SIMPLIFIED_CHINESE)).isEqualTo("此二维码不能在本机使用。");
        assertThat(CodeClassifier.message(notOurs, Locale.forLanguageTag("zh-HK"))).isEqualTo("此二維碼不能在本機使用。");
    }

    @Test
    void everyRejectionHasATextInEveryLanguage() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("zh-HK"), Locale.ENGLISH)) {
            for (Rejection rejection : Rejection.values()) {
                String text = CodeClassifier.message(Classification.rejected(CodeKind.UNKNOWN, rejection), locale);
                assertThat(text).as(rejection + " in " + locale).isNotBlank();
            }
        }
    }

    @Test
    void expiredCodesKeepTheirKind() {
        String code = signer.sign(Codes.authorisation("late").toClaims());
        clock.advance(Duration.ofMinutes(10));
        Classification classification = classifier.classify(code);
        assertThat(classification.kind()).isEqualTo(CodeKind.AUTHORISATION);
        assertThat(classification.rejection()).contains(Rejection.EXPIRED);
        assertThat(CodeClassifier.message(classification, Locale.ENGLISH)).contains("expired");
    }

    @Test
    void kindOnlyReadsTheClaimedKindWithoutKeys() {
        Classification unverified = CodeClassifier.kindOnly(signer.sign(Codes.caseTracking().toClaims()));
        assertThat(unverified.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(unverified.kind()).isEqualTo(CodeKind.CASE_TRACKING);
        assertThat(unverified.isValid()).isFalse();
        assertThat(CodeClassifier.kindOnly("hello").rejection()).contains(Rejection.NOT_OURS);
    }
}
