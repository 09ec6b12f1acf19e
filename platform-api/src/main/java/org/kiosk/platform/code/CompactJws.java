package org.kiosk.platform.code;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The three parts of a compact JWS, with the header read and checked but nothing verified yet. Checks run from the
 * cheapest to the dearest, and the payload is not parsed until its signature has verified.
 */
record CompactJws(String signingInput, String kid, String payload, String signature) {

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ");

    static CompactJws parse(String text, int maxLength) throws CodeRejectedException {
        if (text == null || text.isEmpty()) {
            throw new CodeRejectedException(Rejection.NOT_OURS, "empty text");
        }
        if (text.length() > maxLength) {
            throw new CodeRejectedException(Rejection.OVERSIZE,
                    text.length() + " characters, more than the " + maxLength + " a code may have");
        }
        int first = text.indexOf('.');
        int second = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || text.indexOf('.', second + 1) >= 0 || second == first + 1
                || !base64UrlAlphabet(text)) {
            throw new CodeRejectedException(Rejection.NOT_OURS, "not three base64url parts");
        }
        String header = text.substring(0, first);
        String payload = text.substring(first + 1, second);
        String signature = text.substring(second + 1);
        JsonNode node = json(header, "header");
        String kid = checkHeader(node);
        return new CompactJws(text.substring(0, second), kid, payload, signature);
    }

    private static String checkHeader(JsonNode header) throws CodeRejectedException {
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isString()) {
            throw new CodeRejectedException(Rejection.MALFORMED, "the header has no \"alg\" string");
        }
        if (!CodeSigner.ALGORITHM.equals(alg.asString())) {
            throw new CodeRejectedException(Rejection.UNSUPPORTED_ALGORITHM, "only ES256 is accepted");
        }
        for (String name : header.propertyNames()) {
            if (!HEADER_MEMBERS.contains(name)) {
                // crit, jku, x5u, jwk, x5c and the rest: nothing in a code may tell the kiosk where to look
                throw new CodeRejectedException(Rejection.FORBIDDEN_HEADER,
                        "the header has a member other than alg, kid and typ");
            }
        }
        JsonNode typ = header.get("typ");
        if (typ == null || !typ.isString() || !CodeSigner.TYPE.equals(typ.asString())) {
            throw new CodeRejectedException(Rejection.NOT_OURS, "the header's typ is not " + CodeSigner.TYPE);
        }
        JsonNode kid = header.get("kid");
        if (kid == null || !kid.isString() || !KeyIds.isValid(kid.asString())) {
            throw new CodeRejectedException(Rejection.MALFORMED, "the header has no well-formed \"kid\"");
        }
        return kid.asString();
    }

    byte[] signatureBytes() throws CodeRejectedException {
        try {
            return Base64Url.decode(signature);
        } catch (IllegalArgumentException e) {
            throw new CodeRejectedException(Rejection.MALFORMED, "signature: " + e.getMessage());
        }
    }

    JsonNode claims() throws CodeRejectedException {
        return json(payload, "payload");
    }

    private static JsonNode json(String part, String what) throws CodeRejectedException {
        byte[] bytes;
        try {
            bytes = Base64Url.decode(part);
        } catch (IllegalArgumentException e) {
            throw new CodeRejectedException(Rejection.MALFORMED, what + ": " + e.getMessage());
        }
        try {
            return StrictJson.readObject(bytes, "the " + what);
        } catch (IllegalArgumentException e) {
            throw new CodeRejectedException(Rejection.MALFORMED, e.getMessage());
        }
    }

    private static boolean base64UrlAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
