package org.kiosk.platform.model;

/**
 * The simulator's fault injection (not part of the real platform).
 *
 * @param latencyMillis     added before every {@code /api/v1} request is handled
 * @param errorRate         share of requests answered 500 without being processed
 * @param unavailableRate   share answered 503 with {@code Retry-After: retryAfterSeconds}, without being processed
 * @param dropRate          share processed whose reply is then cut off and the connection closed
 * @param holdApplications  applications wait, in flight, until this is set back to false
 */
public record FaultSettings(long seed, int latencyMillis, double errorRate, double unavailableRate, int retryAfterSeconds,
                            double dropRate, boolean holdApplications) {

    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 0, 1, 0, false);
}
