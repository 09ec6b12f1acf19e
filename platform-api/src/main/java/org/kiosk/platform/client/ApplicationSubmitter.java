package org.kiosk.platform.client;

/**
 * Sends one application to the platform. The kiosk's outbox calls it, again and again with the same idempotency
 * key, until the platform gives a final answer: every application becomes exactly one case whatever fails between.
 */
public interface ApplicationSubmitter {

    /**
     * @param idempotencyKey one key per application, the same on every retry
     * @param application    the application as the platform's JSON body
     * @return the platform's final answer: accepted with a case number, or rejected with its reason
     * @throws PlatformUnavailableException when no final answer came (unreachable, timeout, 5xx, 409 still in
     *                                      flight): the caller retries later, honouring its retry-after hint
     */
    SubmissionResult submit(String idempotencyKey, byte[] application) throws PlatformUnavailableException;
}
