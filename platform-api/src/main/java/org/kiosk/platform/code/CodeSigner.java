package org.kiosk.platform.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs claims into a compact JWS (RFC 7515 §7.1) with ES256: header {@code {"alg":"ES256","kid":...,"typ":...}},
 * signature the 64-byte R‖S form (RFC 7518 §3.4). Used by the platform for its codes and by a kiosk for its
 * provisional receipts.
 */
public final class CodeSigner {

    /** The {@code typ} of every code: a JWT issued for a kiosk, so no other JWT of the platform passes for one. */
    public static final String TYPE = "kiosk-code+jwt";
    static final String ALGORITHM = "ES256";
    static final String JCA_ALGORITHM = "SHA256withECDSAinP1363Format";

    private final SigningKey key;
    private final String header;

    public CodeSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
        Map<String, String> header = new LinkedHashMap<>();
        header.put("alg", ALGORITHM);
        header.put("kid", key.kid());
        header.put("typ", TYPE);
        this.header = Base64Url.encode(StrictJson.write(header).getBytes(StandardCharsets.UTF_8));
    }

    public String kid() {
        return key.kid();
    }

    /** @param claims JSON-serialisable claims, e.g. from {@link CodeClaims#toClaims()} */
    public String sign(Map<String, ?> claims) {
        String payload = Base64Url.encode(StrictJson.write(claims).getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + payload;
        try {
            Signature signature = Signature.getInstance(JCA_ALGORITHM);
            signature.initSign(key.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64Url.encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed with key " + key.kid(), e);
        }
    }
}
