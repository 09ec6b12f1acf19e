package org.kiosk.app.ui.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kiosk.app.ui.session.KioskSession;

/**
 * Reading a passport's chip: the machine-readable zone's document number, birth date and expiry open it (scanned from
 * the photo page or typed), the chip's data fills the session; the screens only learn what kind of document it is,
 * whether it has expired and whether its data proved genuine.
 */
public interface PassportIdentification {

    /**
     * What opens the chip, as printed in the zone. Personal data: {@link #toString()} shows none of it.
     *
     * @param documentNumber 1 to 9 of {@code A-Z 0-9}, without fillers
     */
    record AccessData(String documentNumber, LocalDate birthDate, LocalDate expiry) {

        /** A TD3 document number field holds nine characters; longer numbers continue elsewhere, on cards only. */
        public static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,9}");

        public AccessData {
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(expiry, "expiry");
            if (documentNumber == null || !DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
                throw new IllegalArgumentException("document number: 1 to 9 of A-Z and 0-9");
            }
        }

        @Override
        public String toString() {
            return "AccessData[withheld]";
        }
    }

    /** How far the chip's data proved genuine (passive authentication). A forged or altered chip is a {@link Problem}. */
    enum Authenticity {
        /** Signed by a document signer that chains to a trusted country signing CA, every hash matching. */
        VERIFIED,
        /** Intact, but this kiosk trusts no signing CA of the issuing country: staff check the passport. */
        NOT_VERIFIABLE
    }

    /** A chip read: nothing personal. */
    record PassportSummary(Identification.DocumentSummary document, Authenticity authenticity) {
        public PassportSummary {
            Objects.requireNonNull(document);
            Objects.requireNonNull(authenticity);
        }
    }

    /** Why a chip was not read, each with what the citizen can do about it. */
    enum Problem {
        /** The chip refused the access data: a digit of the number or a date is wrong. Check and correct them. */
        WRONG_ACCESS_DATA,
        /** The passport left the reader during the read. Lay it again and keep it still. */
        CHIP_REMOVED,
        /** No chip came to the reader in time, or the document has none. Lay the photo page on the reader. */
        NO_CHIP,
        /** The chip's answers made no sense (a damaged chip). Try again, or the counter. */
        CHIP_UNREADABLE,
        /** The chip's data does not match its issuer's signature: only staff can check the document. */
        NOT_AUTHENTIC,
        /** The reader is not there or not working. Another way, or the counter. */
        READER_GONE
    }

    /** The chip was not read; the message names the problem, never the document's data. */
    final class ReadFailed extends Exception {
        private final Problem problem;

        public ReadFailed(Problem problem, String detail) {
            super(problem + ": " + detail);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** What the document scanner sent while the entry screen was shown; handed over on the scanner's thread. */
    sealed interface ZoneScan permits ZoneScan.Found, ZoneScan.Unusable {

        /** A passport's zone whose check digits all passed. */
        record Found(AccessData access) implements ZoneScan {
        }

        /** Something that is not a usable passport zone (a check digit wrong, a card's zone, a QR code). */
        record Unusable() implements ZoneScan {
        }
    }

    /** Stops handing scans on. */
    interface Armed extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether a passport reader is connected and working. */
    boolean readerReady();

    /** Whether a document scanner can read the photo page's zone (otherwise the citizen types it). */
    boolean scannerReady();

    /** Hands each scan to {@code consumer} until the returned handle is closed. */
    Armed scanZones(Consumer<ZoneScan> consumer);

    /**
     * Waits for a chip on the reader (calling {@code reading} once one is there and the read begins), reads it with
     * {@code access} and puts the document's fields into {@code session}; off the FX thread. Fails with
     * {@link ReadFailed}; a visit ending while it waits ends the wait.
     */
    CompletableFuture<PassportSummary> read(KioskSession session, AccessData access, Runnable reading);

    /** No passport reader on this kiosk: the citizen is offered the other ways of identifying. */
    PassportIdentification NONE = new PassportIdentification() {
        @Override
        public boolean readerReady() {
            return false;
        }

        @Override
        public boolean scannerReady() {
            return false;
        }

        @Override
        public Armed scanZones(Consumer<ZoneScan> consumer) {
            return () -> { };
        }

        @Override
        public CompletableFuture<PassportSummary> read(KioskSession session, AccessData access, Runnable reading) {
            return CompletableFuture.failedFuture(new ReadFailed(Problem.READER_GONE, "this kiosk has no passport reader"));
        }
    };
}
