package org.kiosk.platform.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated codes, random text and mutated key sets: every input ends in a typed rejection (or, for an unchanged
 * code, a valid one), never an unchecked exception.
 */
class CodeParserFuzzTest {

    private static final int ROUNDS = 3_000;
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/{}\":, \u0000\u00ff中";

    private final SigningKey key = SigningKey.generate("platform-1");
    private final CodeSigner signer = new CodeSigner(key);
    private final JwkSet published = new JwkSet(List.of(key.publicEntry()));
    private final CodeClassifier classifier = new CodeClassifier(
            CodeVerifier.builder(Codes.ISSUER, KeyLookup.of(published)).clock(new MutableClock(Codes.NOW)).build(),
            new InMemoryReplayStore());
    private final List<String> seeds = List.of(signer.sign(Codes.appointment().toClaims()),
            signer.sign(Codes.caseTracking().toClaims()), signer.sign(Codes.authorisation("f").toClaims()));

    @Test
    void mutatedCodesAlwaysClassify() {
        Random random = new Random(20260302L);
        for (int round = 0; round < ROUNDS; round++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            Classification classification = classifier.classify(text);
            // strict base64url gives each code one spelling: only an unchanged code may verify
            if (classification.isValid()) {
                assertThat(seeds).contains(text);
            }
        }
    }

    @Test
    void mutatedSegmentsDecodeToTypedRejections() {
        Random random = new Random(7L);
        for (int round = 0; round < ROUNDS / 4; round++) {
            String[] parts = Codes.parts(seeds.get(random.nextInt(seeds.size())));
            int target = random.nextInt(2);
            byte[] json = Codes.json(parts[target]).getBytes(StandardCharsets.UTF_8);
            json[random.nextInt(json.length)] ^= (byte) (1 + random.nextInt(255));
            parts[target] = Base64Url.encode(json);
            assertThat(classifier.classify(String.join(".", parts)).isValid()).isFalse();
        }
    }

    @Test
    void mutatedKeySetsEitherParseOrRaiseKeySetException() {
        Random random = new Random(11L);
        String json = published.toJson();
        for (int round = 0; round < ROUNDS / 4; round++) {
            try {
                JwkSet.parse(mutate(json, random));
            } catch (KeySetException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> text.setCharAt(at, c);
                case 1 -> text.insert(at, c);
                case 2 -> text.deleteCharAt(at);
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
