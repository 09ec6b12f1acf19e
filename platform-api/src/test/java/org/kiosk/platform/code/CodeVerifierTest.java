package org.kiosk.platform.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.kiosk.platform.code.CodeClaims.AppointmentCode;
import org.kiosk.platform.code.CodeClaims.AuthorisationCode;
import org.kiosk.platform.code.CodeClaims.Issued;
import org.kiosk.platform.code.CodeClaims.ProvisionalReceiptCode;
import org.junit.jupiter.api.Test;

class CodeVerifierTest {

    private final SigningKey key = SigningKey.generate("platform-2026-01");
    private final CodeSigner signer = new CodeSigner(key);
    private final JwkSet published = new JwkSet(java.util.List.of(key.publicEntry()));
    private final MutableClock clock = new MutableClock(Codes.NOW);
    private final CodeVerifier verifier = CodeVerifier.builder(Codes.ISSUER, KeyLookup.of(published))
            .clock(clock).leeway(Duration.ofSeconds(30)).build();

    @Test
    void validAppointmentCodeYieldsItsClaims() throws Exception {
        AppointmentCode appointment = Codes.appointment();
        String code = signer.sign(appointment.toClaims());

        assertThat(verifier.verify(code)).isEqualTo(appointment);
        assertThat(Codes.json(Codes.parts(code)[0]))
                .isEqualTo("{\"alg\":\"ES256\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
        assertThat(Base64Url.decode(Codes.parts(code)[2])).hasSize(64);
    }

    @Test
    void everyPlatformKindRoundTrips() throws Exception {
        for (CodeClaims claims : new CodeClaims[] {Codes.appointment(), Codes.authorisation("a-1"),
                Codes.caseTracking()}) {
            assertThat(verifier.verify(signer.sign(claims.toClaims()))).isEqualTo(claims);
        }
    }

    @Test
    void expiryAndNotBeforeHonourTheLeeway() throws Exception {
        Issued issued = new Issued(Codes.ISSUER, "t-1", Codes.NOW, Codes.NOW.plusSeconds(60),
                Codes.NOW.plusSeconds(120));
        String code = signer.sign(new AuthorisationCode(issued, "authz-1").toClaims());

        rejects(code, Rejection.NOT_YET_VALID);
        clock.advance(Duration.ofSeconds(30));
        assertThat(verifier.verify(code).kind()).isEqualTo(CodeKind.AUTHORISATION);
        clock.advance(Duration.ofSeconds(119));
        assertThat(verifier.verify(code).kind()).isEqualTo(CodeKind.AUTHORISATION);
        clock.advance(Duration.ofSeconds(1));
        rejects(code, Rejection.EXPIRED);
        assertThatThrownBy(() -> verifier.verify(code))
                .isInstanceOfSatisfying(CodeRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(CodeKind.AUTHORISATION));
    }

    @Test
    void aCodeSignedByAnotherKeyWithTheSameKidFails() {
        SigningKey impostor = SigningKey.generate("platform-2026-01");
        rejects(new CodeSigner(impostor).sign(Codes.appointment().toClaims()), Rejection.BAD_SIGNATURE);
    }

    @Test
    void anUnknownKeyIdIsRefused() {
        rejects(new CodeSigner(SigningKey.generate("other")).sign(Codes.appointment().toClaims()),
                Rejection.UNKNOWN_KEY);
    }

    @Test
    void tamperedHeaderPayloadOrSignatureFails() {
        String[] parts = Codes.parts(signer.sign(Codes.caseTracking().toClaims()));
        String payload = Codes.json(parts[1]).replace("GD2026030200123", "GD2026030200124");
        rejects(parts[0] + "." + Codes.b64(payload) + "." + parts[2], Rejection.BAD_SIGNATURE);

        String header = "{\"kid\":\"platform-2026-01\",\"alg\":\"ES256\",\"typ\":\"kiosk-code+jwt\"}";
        rejects(Codes.b64(header) + "." + parts[1] + "." + parts[2], Rejection.BAD_SIGNATURE);

        byte[] signature = Base64Url.decode(parts[2]);
        signature[10] ^= 1;
        rejects(parts[0] + "." + parts[1] + "." + Base64Url.encode(signature), Rejection.BAD_SIGNATURE);
        rejects(parts[0] + "." + parts[1] + "." + Base64Url.encode(new byte[64]), Rejection.BAD_SIGNATURE);
        rejects(parts[0] + "." + parts[1] + "." + Base64Url.encode(new byte[63]), Rejection.BAD_SIGNATURE);
        rejects(parts[0] + "." + parts[1] + ".", Rejection.BAD_SIGNATURE);
    }

    @Test
    void algNoneIsRefused() {
        String[] parts = Codes.parts(signer.sign(Codes.caseTracking().toClaims()));
        String none = Codes.b64("{\"alg\":\"none\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
        rejects(none + "." + parts[1] + ".", Rejection.UNSUPPORTED_ALGORITHM);
        rejects(none + "." + parts[1] + "." + parts[2], Rejection.UNSUPPORTED_ALGORITHM);
        String noneUpper = Codes.b64("{\"alg\":\"NONE\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
        rejects(noneUpper + "." + parts[1] + ".", Rejection.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        String payload = Codes.parts(signer.sign(Codes.caseTracking().toClaims()))[1];
        for (byte[] secret : new byte[][] {key.publicKey().getEncoded(),
                published.toJson().getBytes(StandardCharsets.UTF_8)}) {
            String header = Codes.b64("{\"alg\":\"HS256\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
            rejects(header + "." + payload + "." + hmac(secret, header + "." + payload), Rejection.UNSUPPORTED_ALGORITHM);

            // the same MAC under a header claiming ES256: 32 bytes never pass as an ES256 signature
            String es256 = Codes.parts(signer.sign(Codes.caseTracking().toClaims()))[0];
            rejects(es256 + "." + payload + "." + hmac(secret, es256 + "." + payload), Rejection.BAD_SIGNATURE);
        }
    }

    @Test
    void otherAlgorithmsAndLookalikesAreRefused() {
        String payload = Codes.parts(signer.sign(Codes.caseTracking().toClaims()))[1];
        for (String alg : new String[] {"RS256", "ES384", "ES256K", "PS256", "es256", "ES256 ", "EdDSA"}) {
            String header = Codes.b64("{\"alg\":\"" + alg + "\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
            rejects(header + "." + payload + "." + Base64Url.encode(new byte[64]), Rejection.UNSUPPORTED_ALGORITHM);
        }
        String numeric = Codes.b64("{\"alg\":256,\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}");
        rejects(numeric + "." + payload + "." + Base64Url.encode(new byte[64]), Rejection.MALFORMED);
    }

    @Test
    void headersThatPointElsewhereAreRefusedEvenWhenSigned() throws Exception {
        for (String extra : new String[] {"\"crit\":[\"exp\"]", "\"jku\":\"https://evil.example/keys\"",
                "\"x5u\":\"https://evil.example/cert\"", "\"jwk\":{\"kty\":\"EC\"}", "\"x5c\":[\"AA\"]",
                "\"b64\":false"}) {
            String header = "{\"alg\":\"ES256\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"," + extra + "}";
            rejects(signWithHeader(header, Codes.caseTracking().toClaims()), Rejection.FORBIDDEN_HEADER);
        }
    }

    @Test
    void duplicateHeaderMembersAreMalformed() throws Exception {
        String header = "{\"alg\":\"ES256\",\"alg\":\"none\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}";
        rejects(signWithHeader(header, Codes.caseTracking().toClaims()), Rejection.MALFORMED);
    }

    @Test
    void malformedInputGetsATypedRejection() {
        String[] parts = Codes.parts(signer.sign(Codes.caseTracking().toClaims()));
        rejects("", Rejection.NOT_OURS);
        rejects(null, Rejection.NOT_OURS);
        rejects("https://example.com/pay?x=1", Rejection.NOT_OURS);
        rejects("a.b", Rejection.NOT_OURS);
        rejects("a.b.c.d", Rejection.NOT_OURS);
        rejects(parts[0] + ".." + parts[2], Rejection.NOT_OURS);
        rejects(parts[0] + "=." + parts[1] + "." + parts[2], Rejection.NOT_OURS);
        rejects("A." + parts[1] + "." + parts[2], Rejection.MALFORMED);
        rejects(Codes.b64("{\"alg\":\"ES256\"") + "." + parts[1] + "." + parts[2], Rejection.MALFORMED);
        rejects(Codes.b64("[1,2]") + "." + parts[1] + "." + parts[2], Rejection.MALFORMED);
        rejects(Codes.b64("{\"alg\":\"ES256\",\"kid\":\"platform-2026-01\",\"typ\":\"JWT\"}") + "." + parts[1]
                + "." + parts[2], Rejection.NOT_OURS);
        rejects(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 1) + "B",
                Rejection.MALFORMED);
        rejects(Codes.b64("{\"alg\":\"ES256\",\"kid\":\"../../etc\",\"typ\":\"kiosk-code+jwt\"}") + "." + parts[1]
                + "." + parts[2], Rejection.MALFORMED);
    }

    @Test
    void signedButMalformedPayloadsAreRejectedByType() throws Exception {
        String header = "{\"alg\":\"ES256\",\"kid\":\"platform-2026-01\",\"typ\":\"kiosk-code+jwt\"}";
        rejects(signRaw(header, "not json"), Rejection.MALFORMED);
        rejects(signRaw(header, "{\"kind\":\"case-tracking\"} {}"), Rejection.MALFORMED);

        Map<String, Object> claims = Codes.caseTracking().toClaims();
        claims.put("exp", "tomorrow");
        rejects(signer.sign(claims), Rejection.INVALID_CLAIMS);
        claims = Codes.caseTracking().toClaims();
        claims.put("exp", 1.5e9);
        rejects(signer.sign(claims), Rejection.INVALID_CLAIMS);
        claims = Codes.caseTracking().toClaims();
        claims.remove("jti");
        rejects(signer.sign(claims), Rejection.INVALID_CLAIMS);
        claims = Codes.caseTracking().toClaims();
        claims.put("kind", "payment");
        rejects(signer.sign(claims), Rejection.INVALID_CLAIMS);
        claims = Codes.caseTracking().toClaims();
        claims.put("caseNumber", "GD<script>");
        rejects(signer.sign(claims), Rejection.INVALID_CLAIMS);
        claims = Codes.caseTracking().toClaims();
        claims.put("iss", "someone-else");
        rejects(signer.sign(claims), Rejection.NOT_OURS);
    }

    @Test
    void anAuthorisationCodeLivesAtMostFiveMinutes() {
        Issued issued = new Issued(Codes.ISSUER, "long", Codes.NOW, Codes.NOW, Codes.NOW.plusSeconds(301));
        rejects(signer.sign(new AuthorisationCode(issued, "authz-1").toClaims()), Rejection.LIFETIME_TOO_LONG);
    }

    @Test
    void oversizeInputIsRefusedBeforeParsing() {
        String code = signer.sign(Codes.caseTracking().toClaims());
        String padded = code + "A".repeat(CodeVerifier.DEFAULT_MAX_LENGTH);
        rejects(padded, Rejection.OVERSIZE);
        rejects("{".repeat(100_000), Rejection.OVERSIZE);
    }

    @Test
    void aKioskKeySignsOnlyItsOwnProvisionalReceipts() throws Exception {
        SigningKey kioskKey = SigningKey.generate(KioskKeys.kid("GZ-0001", 1));
        CodeVerifier withKiosks = CodeVerifier.builder(Codes.ISSUER, KeyLookup.of(published))
                .kioskKeys(KeyLookup.of(new JwkSet(java.util.List.of(kioskKey.publicEntry()))))
                .clock(clock).build();
        Issued byKiosk = new Issued(KioskKeys.issuer("GZ-0001"), "local-9", Codes.NOW, Codes.NOW,
                Codes.NOW.plus(Duration.ofDays(30)));
        ProvisionalReceiptCode receipt = new ProvisionalReceiptCode(byKiosk, "GZ-0001", "OUT-000017");
        CodeSigner kioskSigner = new CodeSigner(kioskKey);

        assertThat(withKiosks.verify(kioskSigner.sign(receipt.toClaims()))).isEqualTo(receipt);
        rejects(withKiosks, kioskSigner.sign(Codes.caseTracking().toClaims()), Rejection.INVALID_CLAIMS);
        Issued byOther = new Issued(KioskKeys.issuer("GZ-0002"), "local-9", Codes.NOW, Codes.NOW,
                Codes.NOW.plus(Duration.ofDays(30)));
        rejects(withKiosks, kioskSigner.sign(new ProvisionalReceiptCode(byOther, "GZ-0002", "OUT-1").toClaims()),
                Rejection.INVALID_CLAIMS);
        rejects(withKiosks, signer.sign(receipt.toClaims()), Rejection.INVALID_CLAIMS);
        rejects(kioskSigner.sign(receipt.toClaims()), Rejection.UNKNOWN_KEY);
    }

    @Test
    void rejectionMessagesNeverCarryTheCode() {
        String secretish = "SECRET-AUTH-REF";
        Map<String, Object> claims = Codes.authorisation("x").toClaims();
        claims.put("authorisationRef", secretish + "<>");
        assertThatThrownBy(() -> verifier.verify(signer.sign(claims)))
                .isInstanceOf(CodeRejectedException.class)
                .message().doesNotContain(secretish);
    }

    private String signWithHeader(String headerJson, Map<String, Object> claims) throws Exception {
        return signRaw(headerJson, StrictJson.write(claims));
    }

    private String signRaw(String headerJson, String payloadJson) throws Exception {
        String input = Codes.b64(headerJson) + "." + Codes.b64(payloadJson);
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(key.privateKey());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64Url.encode(signature.sign());
    }

    private static String hmac(byte[] secret, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return Base64Url.encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private void rejects(String code, Rejection reason) {
        rejects(verifier, code, reason);
    }

    private static void rejects(CodeVerifier verifier, String code, Rejection reason) {
        ThrowingCallable verify = () -> verifier.verify(code);
        assertThatThrownBy(verify).isInstanceOfSatisfying(CodeRejectedException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
