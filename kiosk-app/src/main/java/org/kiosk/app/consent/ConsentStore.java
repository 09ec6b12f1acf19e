package org.kiosk.app.consent;

import java.util.Optional;

/** Where consent answers are kept, so that processing can be shown to have had its consent. */
public interface ConsentStore {

    /** Keeps the record durably before returning. */
    void record(ConsentRecord record) throws ConsentStoreException;

    /** The latest answer given in this session for this purpose and method, if any. */
    Optional<ConsentRecord> latest(String sessionId, ConsentRecord.Purpose purpose, ConsentRecord.Method method) throws ConsentStoreException;
}
