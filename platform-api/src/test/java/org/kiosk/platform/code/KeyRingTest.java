package org.kiosk.platform.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private final MutableClock clock = new MutableClock(Codes.NOW);
    private final SigningKey old = SigningKey.generate("platform-1");
    private final SigningKey next = SigningKey.generate("platform-2");
    private final AtomicReference<String> published =
            new AtomicReference<>(new JwkSet(List.of(old.publicEntry())).toJson());
    private final KeyRing ring = new KeyRing(JwkSet.empty(), published::get, clock, Duration.ofMinutes(1));
    private final CodeVerifier verifier = CodeVerifier.builder(Codes.ISSUER, ring).clock(clock).build();

    @Test
    void fetchesOnFirstUseThenRefreshesAfterRotation() throws Exception {
        assertThat(verifier.verify(new CodeSigner(old).sign(Codes.caseTracking().toClaims())))
                .isEqualTo(Codes.caseTracking());
        assertThat(ring.fetches()).isEqualTo(1);

        published.set(new JwkSet(List.of(old.publicEntry(), next.publicEntry())).toJson());
        clock.advance(Duration.ofMinutes(1));
        assertThat(verifier.verify(new CodeSigner(next).sign(Codes.caseTracking().toClaims())))
                .isEqualTo(Codes.caseTracking());
        assertThat(ring.fetches()).isEqualTo(2);
        assertThat(verifier.verify(new CodeSigner(old).sign(Codes.caseTracking().toClaims())))
                .isEqualTo(Codes.caseTracking());
        assertThat(ring.fetches()).isEqualTo(2);
    }

    @Test
    void aFloodOfUnknownKidsFetchesOncePerInterval() throws Exception {
        ring.refresh();
        for (int i = 0; i < 500; i++) {
            String code = new CodeSigner(SigningKey.generate("random-" + i)).sign(Codes.caseTracking().toClaims());
            rejects(code, Rejection.UNKNOWN_KEY);
        }
        assertThat(ring.fetches()).isEqualTo(1);
        published.set(new JwkSet(List.of(old.publicEntry(), next.publicEntry())).toJson());
        String signedByNext = new CodeSigner(next).sign(Codes.caseTracking().toClaims());
        clock.advance(Duration.ofSeconds(59));
        rejects(signedByNext, Rejection.UNKNOWN_KEY);
        assertThat(ring.fetches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(verifier.verify(signedByNext)).isEqualTo(Codes.caseTracking());
        assertThat(ring.fetches()).isEqualTo(2);
    }

    @Test
    void aRemovedKeyStopsVerifying() throws Exception {
        ring.refresh();
        String signedByOld = new CodeSigner(old).sign(Codes.caseTracking().toClaims());
        assertThat(verifier.verify(signedByOld)).isEqualTo(Codes.caseTracking());

        published.set(new JwkSet(List.of(next.publicEntry())).toJson());
        clock.advance(Duration.ofMinutes(2));
        rejects(new CodeSigner(SigningKey.generate("unknown")).sign(Codes.caseTracking().toClaims()),
                Rejection.UNKNOWN_KEY);
        rejects(signedByOld, Rejection.UNKNOWN_KEY);
    }

    @Test
    void aFailingOrBadSourceKeepsTheCurrentKeys() throws Exception {
        ring.refresh();
        KeyRing failing = new KeyRing(ring.current(), () -> {
            throw new IOException("connection refused");
        }, clock, Duration.ZERO);
        assertThatThrownBy(failing::refresh).isInstanceOf(KeySetException.class)
                .hasMessageContaining("connection refused");
        assertThat(failing.key("platform-1")).isPresent();

        published.set("{\"keys\":[{\"kty\":\"oct\"}]}");
        assertThatThrownBy(ring::refresh).isInstanceOf(KeySetException.class);
        assertThat(ring.current().kids()).containsExactly("platform-1");
    }

    private void rejects(String code, Rejection reason) {
        assertThatThrownBy(() -> verifier.verify(code)).isInstanceOfSatisfying(CodeRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
