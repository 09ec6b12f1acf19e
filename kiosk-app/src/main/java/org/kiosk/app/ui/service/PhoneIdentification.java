package org.kiosk.app.ui.service;

import java.util.Optional;
import java.util.function.Consumer;
import org.kiosk.app.ui.session.KioskSession;

/**
 * Identification by the e-ID code of the citizen's government app, shown to the QR scanner: the code is checked, the
 * platform asked once for the holder's identity, and the identity put into the session; the screens learn only the
 * outcome.
 */
public interface PhoneIdentification {

    enum Outcome {
        /** The holder's document fields are in the session. */
        IDENTIFIED,
        /** Not an e-ID code of ours: another app's code, a web address, an appointment slip, a forged code. */
        NOT_AN_EID,
        /** The code's lifetime is over (or not begun, by the kiosk's clock): the citizen makes a new one in the app. */
        EXPIRED,
        /** The code was used before, here or at another kiosk. */
        ALREADY_USED,
        /** The platform could not be asked just now: the citizen identifies another way or at the counter. */
        UNAVAILABLE
    }

    /** What the screens may know of a scanned code: the outcome, and for {@link Outcome#IDENTIFIED} the document's kind. */
    record Result(Outcome outcome, Optional<Identification.DocumentSummary> document) {
        public Result {
            if (document.isPresent() != (outcome == Outcome.IDENTIFIED)) {
                throw new IllegalArgumentException("a document goes with IDENTIFIED only");
            }
        }

        public static Result of(Outcome outcome) {
            return new Result(outcome, Optional.empty());
        }
    }

    /** Stops listening to the scanner. */
    interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether a QR scanner is working and the platform can be asked: the phone option is offered only then. */
    boolean ready();

    /**
     * Arms the scanner for the visit of {@code session}: each scanned code is checked and, when it is an e-ID, redeemed
     * into the session; {@code results} hears each outcome on another thread. A code scanned while the previous one is
     * being checked is ignored. Listening stops when the handle is closed or the session is wiped.
     */
    Listening listen(KioskSession session, Consumer<Result> results);

    /** No scanner or no platform: the phone option is not offered. */
    PhoneIdentification NONE = new PhoneIdentification() {
        @Override
        public boolean ready() {
            return false;
        }

        @Override
        public Listening listen(KioskSession session, Consumer<Result> results) {
            return () -> { };
        }
    };
}
