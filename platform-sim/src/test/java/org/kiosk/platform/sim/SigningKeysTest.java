package org.kiosk.platform.sim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.KeyLookup;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation schedule of the simulator's signing keys, on a real database and a clock the test moves. */
class SigningKeysTest {

    @TempDir
    Path dir;
    private Store store;
    private final MovableClock clock = new MovableClock();

    @BeforeEach
    void open() throws Exception {
        store = new Store(dir.resolve("platform.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewKeyIsPublishedBeforeItSignsAndTheOldStaysWhileItsCodesLive() throws Exception {
        SigningKeys keys = new SigningKeys(store, clock);
        String first = keys.trackingCode("GD2026010100000001", "x", clock.instant());
        String firstKid = kid(first);
        assertThat(published(keys).kids()).containsExactly(firstKid);

        clock.advance(SigningKeys.ROTATION.minus(SigningKeys.PUBLISH_LEAD));
        String stillFirst = keys.trackingCode("GD2026040100000002", "x", clock.instant());
        assertThat(kid(stillFirst)).isEqualTo(firstKid);
        assertThat(published(keys).kids()).hasSize(2).contains(firstKid);

        clock.advance(SigningKeys.PUBLISH_LEAD);
        String second = keys.trackingCode("GD2026040100000003", "x", clock.instant());
        assertThat(kid(second)).isNotEqualTo(firstKid);
        CodeVerifier verifier = CodeVerifier.builder(SigningKeys.ISSUER, KeyLookup.of(published(keys))).clock(clock).build();
        assertThat(verifier.verify(first)).isInstanceOf(CodeClaims.CaseTrackingCode.class);
        assertThat(verifier.verify(second)).isInstanceOf(CodeClaims.CaseTrackingCode.class);

        clock.advance(SigningKeys.RETENTION);
        assertThat(published(keys).kids()).doesNotContain(firstKid);
    }

    @Test
    void keysSurviveARestart() throws Exception {
        String code = new SigningKeys(store, clock).trackingCode("GD2026010100000009", "x", clock.instant());
        store.close();
        store = new Store(dir.resolve("platform.db"));
        SigningKeys reopened = new SigningKeys(store, clock);
        assertThat(published(reopened).kids()).containsExactly(kid(code));
        assertThat(kid(reopened.trackingCode("GD2026010100000010", "x", clock.instant()))).isEqualTo(kid(code));
    }

    private static JwkSet published(SigningKeys keys) throws Exception {
        return JwkSet.parse(keys.publicKeys());
    }

    private static String kid(String code) {
        String header = new String(Base64.getUrlDecoder().decode(code.substring(0, code.indexOf('.'))));
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
