package org.kiosk.app.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.kiosk.platform.client.PlatformUnavailableException;
import org.kiosk.platform.client.SubmissionResult;

/**
 * The platform's answers scripted in order, for the sender's state machine; what travels over HTTP is tested against
 * the platform simulator by {@code OutboxDurabilityTest}. With nothing scripted, it accepts.
 */
final class ScriptedPlatform implements ApplicationSubmitter {

    /** One call as the platform saw it. */
    record Call(String idempotencyKey, String application) {
    }

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private int cases;

    ScriptedPlatform unavailable(Duration retryAfter) {
        answers.add(new PlatformUnavailableException("HTTP 503", retryAfter, null));
        return this;
    }

    ScriptedPlatform unavailable() {
        return unavailable(null);
    }

    ScriptedPlatform rejects(String reasonCode) {
        answers.add(new SubmissionResult.Rejected(reasonCode, "refused for the test"));
        return this;
    }

    ScriptedPlatform fails(RuntimeException e) {
        answers.add(e);
        return this;
    }

    List<Call> calls() {
        return calls;
    }

    @Override
    public SubmissionResult submit(String idempotencyKey, byte[] application) throws PlatformUnavailableException {
        calls.add(new Call(idempotencyKey, new String(application, StandardCharsets.UTF_8)));
        Object answer = answers.poll();
        return switch (answer) {
            case null -> {
                cases++;
                yield new SubmissionResult.Accepted(String.format("GD20261127%05d", cases), Instant.parse("2026-11-27T13:05:00Z"),
                        LocalDate.of(2026, 12, 11), "https://kiosk.example/track/case-" + cases);
            }
            case PlatformUnavailableException e -> throw e;
            case RuntimeException e -> throw e;
            case SubmissionResult r -> r;
            default -> throw new IllegalStateException("unscripted answer " + answer);
        };
    }
}
