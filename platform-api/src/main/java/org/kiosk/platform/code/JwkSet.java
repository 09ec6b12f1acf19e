package org.kiosk.platform.code;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The platform's published verification keys as a JWK Set (RFC 7517 §5, EC keys per RFC 7518 §6.2). Parsing is
 * strict: every key must be a complete ES256 signing key on P-256 with a point on the curve, and a set carrying a
 * private member is refused outright, since publishing one would be a leak to stop rather than to ignore.
 */
public final class JwkSet {

    /** Far above any real set (a handful of keys across a rotation) and far below memory trouble. */
    public static final int MAX_KEYS = 64;
    public static final int MAX_JSON_LENGTH = 64 * 1024;
    private static final Set<String> REQUIRED = Set.of("kty", "crv", "x", "y", "kid", "use", "alg");
    private static final Set<String> PRIVATE = Set.of("d", "p", "q", "dp", "dq", "qi", "k");

    private final Map<String, ECPublicKey> keys;

    public JwkSet(List<PublicKeyEntry> entries) {
        if (entries.size() > MAX_KEYS) {
            throw new IllegalArgumentException("a key set holds at most " + MAX_KEYS + " keys");
        }
        Map<String, ECPublicKey> byKid = new LinkedHashMap<>();
        for (PublicKeyEntry entry : entries) {
            if (byKid.put(entry.kid(), entry.key()) != null) {
                throw new IllegalArgumentException("key id " + entry.kid() + " appears twice");
            }
        }
        this.keys = Collections.unmodifiableMap(byKid);
    }

    public static JwkSet empty() {
        return new JwkSet(List.of());
    }

    public Optional<ECPublicKey> key(String kid) {
        return Optional.ofNullable(keys.get(kid));
    }

    public Set<String> kids() {
        return keys.keySet();
    }

    public List<PublicKeyEntry> entries() {
        List<PublicKeyEntry> entries = new ArrayList<>();
        keys.forEach((kid, key) -> entries.add(new PublicKeyEntry(kid, key)));
        return entries;
    }

    /** A new set with one more key, as the platform publishes the next key before it starts signing with it. */
    public JwkSet with(PublicKeyEntry entry) {
        List<PublicKeyEntry> entries = entries();
        entries.add(entry);
        return new JwkSet(entries);
    }

    /** A new set without a key, as the platform retires one. */
    public JwkSet without(String kid) {
        List<PublicKeyEntry> entries = entries();
        entries.removeIf(entry -> entry.kid().equals(kid));
        return new JwkSet(entries);
    }

    public String toJson() {
        List<Map<String, String>> jwks = new ArrayList<>();
        keys.forEach((kid, key) -> {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "EC");
            jwk.put("crv", "P-256");
            jwk.put("x", Base64Url.encode(P256.coordinate(key.getW().getAffineX())));
            jwk.put("y", Base64Url.encode(P256.coordinate(key.getW().getAffineY())));
            jwk.put("kid", kid);
            jwk.put("use", "sig");
            jwk.put("alg", "ES256");
            jwks.add(jwk);
        });
        return StrictJson.write(Map.of("keys", jwks));
    }

    public static JwkSet parse(String json) throws KeySetException {
        if (json == null) {
            throw new KeySetException("no key set");
        }
        if (json.length() > MAX_JSON_LENGTH) {
            throw new KeySetException("the key set is longer than " + MAX_JSON_LENGTH + " characters");
        }
        JsonNode root;
        try {
            root = StrictJson.readObject(json.getBytes(StandardCharsets.UTF_8), "the key set");
        } catch (IllegalArgumentException e) {
            throw new KeySetException(e.getMessage());
        }
        JsonNode keysNode = root.get("keys");
        if (keysNode == null || !keysNode.isArray()) {
            throw new KeySetException("the key set has no \"keys\" array");
        }
        if (keysNode.size() > MAX_KEYS) {
            throw new KeySetException("the key set has " + keysNode.size() + " keys, more than " + MAX_KEYS);
        }
        List<PublicKeyEntry> entries = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < keysNode.size(); i++) {
            PublicKeyEntry entry = parseKey(keysNode.get(i), i);
            if (!seen.add(entry.kid())) {
                throw new KeySetException("key " + i + ": key id " + entry.kid() + " appears twice");
            }
            entries.add(entry);
        }
        return new JwkSet(entries);
    }

    private static PublicKeyEntry parseKey(JsonNode jwk, int index) throws KeySetException {
        String where = "key " + index;
        if (!jwk.isObject()) {
            throw new KeySetException(where + " is not a JSON object");
        }
        for (String name : PRIVATE) {
            if (jwk.has(name)) {
                throw new KeySetException(where + " carries the private member \"" + name + "\"");
            }
        }
        for (String name : REQUIRED) {
            JsonNode member = jwk.get(name);
            if (member == null) {
                throw new KeySetException(where + " lacks the member \"" + name + "\"");
            }
            if (!member.isString()) {
                throw new KeySetException(where + ": \"" + name + "\" is not a string");
            }
        }
        expect(jwk, "kty", "EC", where);
        expect(jwk, "crv", "P-256", where);
        expect(jwk, "use", "sig", where);
        expect(jwk, "alg", "ES256", where);
        String kid = jwk.get("kid").asString();
        if (!KeyIds.isValid(kid)) {
            throw new KeySetException(where + ": the key id is not 1 to " + KeyIds.MAX_LENGTH
                    + " characters of letters, digits and . _ : -");
        }
        BigInteger x = coordinate(jwk, "x", where);
        BigInteger y = coordinate(jwk, "y", where);
        try {
            return new PublicKeyEntry(kid, P256.publicKey(x, y));
        } catch (KeySetException e) {
            throw new KeySetException(where + " (" + kid + "): " + e.getMessage(), e);
        }
    }

    private static void expect(JsonNode jwk, String name, String value, String where) throws KeySetException {
        String actual = jwk.get(name).asString();
        if (!value.equals(actual)) {
            throw new KeySetException(where + ": \"" + name + "\" must be \"" + value + "\"");
        }
    }

    private static BigInteger coordinate(JsonNode jwk, String name, String where) throws KeySetException {
        byte[] bytes;
        try {
            bytes = Base64Url.decode(jwk.get(name).asString());
        } catch (IllegalArgumentException e) {
            throw new KeySetException(where + ": \"" + name + "\" is not base64url: " + e.getMessage());
        }
        if (bytes.length != P256.COORDINATE_BYTES) {
            throw new KeySetException(where + ": \"" + name + "\" is " + bytes.length + " bytes, not "
                    + P256.COORDINATE_BYTES);
        }
        return new BigInteger(1, bytes);
    }

    @Override
    public String toString() {
        return "JwkSet" + keys.keySet();
    }
}
