package org.kiosk.app.ui.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.model.FormSchema;

/** A matter's form, submitting the application, and its receipt. */
public interface Applications {

    /** How the applicant's identity was verified, as the platform is told. */
    enum Verification { FINGERPRINT, COUNTER, NONE }

    /**
     * What the citizen is told after submitting; nothing personal.
     *
     * @param caseNumber     the platform's case number, empty while the receipt is provisional
     * @param localReference the kiosk's reference, printed on a provisional receipt
     * @param committedDate  the date the platform committed to, empty while provisional
     * @param trackingCode   what the receipt's QR code carries (the platform's tracking code or the local reference code)
     * @param handle         the outbox's id for the application, for printing its receipt
     */
    record Submission(Optional<String> caseNumber, String localReference, Optional<LocalDate> committedDate,
                      String trackingCode, long handle) {

        public boolean provisional() {
            return caseNumber.isEmpty();
        }

        /** The case number, or the local reference while provisional. */
        public String reference() {
            return caseNumber.orElse(localReference);
        }
    }

    /** The application could not be taken: the citizen goes to the counter. */
    final class SubmissionFailed extends Exception {
        public SubmissionFailed(String message) {
            super(message);
        }
    }

    enum PrintOutcome { PRINTED, PAPER_OUT, PRINTER_UNAVAILABLE }

    /** The form of {@code matter}; empty when the kiosk does not take applications for it (the counter does). */
    Optional<FormSchema> form(Matter matter);

    /** Whether the kiosk takes applications for {@code matter} from the holder of a document of {@code kind}. */
    boolean accepts(Matter matter, Identification.DocumentKind kind);

    /** Submits the answers and document of {@code session} for {@code matter}, off the FX thread. */
    CompletableFuture<Submission> submit(KioskSession session, Matter matter, Verification verification, UiLanguage language);

    /** Prints the receipt of {@code submission}, off the FX thread; the screens show it instead when it does not come out. */
    CompletableFuture<PrintOutcome> printReceipt(KioskSession session, Matter matter, Submission submission);
}
