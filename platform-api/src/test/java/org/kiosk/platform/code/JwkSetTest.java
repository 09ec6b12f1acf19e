package org.kiosk.platform.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwkSetTest {

    private final SigningKey first = SigningKey.generate("k1");
    private final SigningKey second = SigningKey.generate("k2");
    private final JwkSet set = new JwkSet(List.of(first.publicEntry(), second.publicEntry()));

    @Test
    void roundTripsThroughJson() throws Exception {
        JwkSet parsed = JwkSet.parse(set.toJson());

        assertThat(parsed.kids()).containsExactly("k1", "k2");
        assertThat(parsed.key("k1")).contains(first.publicKey());
        assertThat(set.toJson()).startsWith("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"")
                .contains("\"kid\":\"k1\",\"use\":\"sig\",\"alg\":\"ES256\"}");
    }

    @Test
    void publishesNoPrivatePart() {
        assertThat(set.toJson()).doesNotContain("\"d\"");
        assertThat(first.toString()).isEqualTo("SigningKey[kid=k1]");
    }

    @Test
    void refusesWrongCurveAndTypes() {
        refuses(replace("\"crv\":\"P-256\"", "\"crv\":\"P-384\""), "\"crv\" must be \"P-256\"");
        refuses(replace("\"kty\":\"EC\"", "\"kty\":\"RSA\""), "\"kty\" must be \"EC\"");
        refuses(replace("\"use\":\"sig\"", "\"use\":\"enc\""), "\"use\" must be \"sig\"");
        refuses(replace("\"alg\":\"ES256\"", "\"alg\":\"HS256\""), "\"alg\" must be \"ES256\"");
        refuses(replace("\"kid\":\"k1\"", "\"kid\":1"), "\"kid\" is not a string");
    }

    @Test
    void refusesMissingMembers() {
        for (String member : List.of("kty", "crv", "x", "y", "kid", "use", "alg")) {
            String json = set.toJson().replaceFirst("\"" + member + "\":\"[^\"]*\",?", "").replace(",}", "}");
            refuses(json, "lacks the member \"" + member + "\"");
        }
        refuses("{}", "no \"keys\" array");
        refuses("{\"keys\":{}}", "no \"keys\" array");
        refuses("{\"keys\":[1]}", "key 0 is not a JSON object");
    }

    @Test
    void refusesBadBase64UrlAndWrongLengths() {
        String x = Base64Url.encode(P256.coordinate(first.publicKey().getW().getAffineX()));
        refuses(replace(x, x.substring(0, 42) + "+"), "\"x\" is not base64url");
        refuses(replace(x, x + "=="), "\"x\" is not base64url");
        refuses(replace(x, x.substring(0, 40)), "\"x\" is 30 bytes, not 32");
    }

    @Test
    void refusesAPointOffTheCurve() {
        BigInteger y = first.publicKey().getW().getAffineY().add(BigInteger.ONE);
        String yText = Base64Url.encode(P256.coordinate(first.publicKey().getW().getAffineY()));
        refuses(replace(yText, Base64Url.encode(P256.coordinate(y))), "not on the P-256 curve");
        String beyondField = Base64Url.encode(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1});
        refuses(replace(yText, beyondField), "outside the P-256 field");
    }

    @Test
    void refusesPrivateMembersDuplicatesAndGarbage() {
        refuses(replace("\"kid\":\"k1\"", "\"kid\":\"k1\",\"d\":\"AAAA\""), "private member \"d\"");
        refuses(replace("\"kid\":\"k2\"", "\"kid\":\"k1\""), "key id k1 appears twice");
        refuses("not json", "not valid JSON");
        refuses("{\"keys\":[]} trailing", "not valid JSON");
        refuses("{\"keys\":[],\"keys\":[]}", "not valid JSON");
        refuses("{\"keys\":[" + "[".repeat(50) + "]}", "not valid JSON");
        refuses(" ".repeat(JwkSet.MAX_JSON_LENGTH + 1), "longer than");
        assertThatThrownBy(() -> JwkSet.parse(null)).isInstanceOf(KeySetException.class);
    }

    private String replace(String what, String with) {
        String json = set.toJson();
        assertThat(json).contains(what);
        return json.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
    }

    private static void refuses(String json, String reason) {
        assertThatThrownBy(() -> JwkSet.parse(json)).isInstanceOf(KeySetException.class).hasMessageContaining(reason);
    }
}
