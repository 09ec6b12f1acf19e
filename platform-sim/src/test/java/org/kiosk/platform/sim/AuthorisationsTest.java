package org.kiosk.platform.sim;

import org.junit.jupiter.api.Test;
import org.kiosk.platform.client.PlatformRefusedException;
import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.KeyRing;
import org.kiosk.platform.code.CodeRejectedException;
import org.kiosk.platform.code.Rejection;
import org.kiosk.platform.model.AuthorisationRequest;
import org.kiosk.platform.model.AuthorisedIdentity;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.IssuedAuthorisation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Electronic-ID codes of the sample citizens: issued as a phone app would show them, redeemed once by a kiosk. */
class AuthorisationsTest extends SimulatorTest {

    @Test
    void anIssuedCodeIsASignedShortLivedAuthorisationCarryingNoPersonalData() throws Exception {
        IssuedAuthorisation issued = fixture.authorisation("resident-01", false);
        CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, new KeyRing(kiosk, fixture.clock)).clock(fixture.clock).build();
        assertThat(verifier.verify(issued.code())).isInstanceOfSatisfying(CodeClaims.AuthorisationCode.class, code -> {
            assertThat(code.authorisationRef()).isEqualTo(issued.authorisationRef());
            assertThat(Duration.between(code.issued().issuedAt(), code.issued().expiresAt())).isEqualTo(Authorisations.LIFETIME);
            assertThat(code.issued().expiresAt()).isEqualTo(issued.expiresAt());
        });
        assertThat(issued.code()).doesNotContain("440524188001010014");
        assertThat(new String(Base64.getUrlDecoder().decode(issued.code().split("\\.")[1]), StandardCharsets.UTF_8))
                .doesNotContain("440524", "ZHANG", "张三丰");
    }

    @Test
    void theHolderIsAnsweredOnceThenTheRedemptionIsRefusedAsAlreadyRedeemed() throws Exception {
        IssuedAuthorisation issued = fixture.authorisation("hmt-01", false);
        AuthorisedIdentity identity = kiosk.redeemAuthorisation(issued.authorisationRef());
        assertThat(identity.authorisationRef()).isEqualTo(issued.authorisationRef());
        assertThat(identity.documentType()).isEqualTo(DocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(identity.documentNumber()).isEqualTo("810000199001010016");
        assertThat(identity.name()).isEqualTo("陳大文");
        assertThat(identity.latinName()).isEqualTo("CHAN TAI MAN");
        assertThat(identity.sex()).isEqualTo(AuthorisedIdentity.Sex.MALE);
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(identity.nationality()).isEqualTo("CHN");
        assertThat(identity.validUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(identity.identityLevel()).isEqualTo(IdentityLevel.DOCUMENT);
        assertThat(identity.toString()).doesNotContain("810000199001010016", "陳大文", "CHAN", "1990");

        assertThatThrownBy(() -> kiosk.redeemAuthorisation(issued.authorisationRef()))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("authorisation-redeemed");
                    assertThat(e.problem().status()).isEqualTo(409);
                });
    }

    @Test
    void aCodeWhoseLifetimeIsOverIsRefusedByTheKioskAndItsRedemptionByThePlatform() throws Exception {
        IssuedAuthorisation expired = fixture.authorisation("resident-02", true);
        CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, new KeyRing(kiosk, fixture.clock)).clock(fixture.clock).build();
        assertThatThrownBy(() -> verifier.verify(expired.code())).isInstanceOfSatisfying(CodeRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(Rejection.EXPIRED));
        assertThatThrownBy(() -> kiosk.redeemAuthorisation(expired.authorisationRef()))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("authorisation-expired");
                    assertThat(e.problem().status()).isEqualTo(410);
                });
    }

    @Test
    void aCodeLeftUnusedUntilItsExpiryCannotBeRedeemed() throws Exception {
        IssuedAuthorisation issued = fixture.authorisation("foreign-01", false);
        try {
            fixture.clock.moveTo(issued.expiresAt());
            assertThatThrownBy(() -> kiosk.redeemAuthorisation(issued.authorisationRef()))
                    .isInstanceOfSatisfying(PlatformRefusedException.class, e -> assertThat(e.code()).isEqualTo("authorisation-expired"));
        } finally {
            fixture.clock.reset();
        }
    }

    @Test
    void anUnknownReferenceIsRefused() {
        assertThatThrownBy(() -> kiosk.redeemAuthorisation("auth-000000000000000000000000"))
                .isInstanceOfSatisfying(PlatformRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("authorisation-unknown");
                    assertThat(e.problem().status()).isEqualTo(404);
                });
    }

    @Test
    void theAdminOperationNamesAnUnknownCitizenAndRefusesAMalformedRequest() throws Exception {
        HttpResponse<String> unknown = fixture.adminPost("/admin/authorisations", new AuthorisationRequest("nobody", false));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(fixture.contract.validate("Problem", unknown.body())).isEmpty();
        assertThat(unknown.body()).contains("nobody").contains("resident-01");
        HttpResponse<String> malformed = fixture.adminPost("/admin/authorisations", Map.of("citizen", Map.of("x", 1)));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed-request");
    }
}
