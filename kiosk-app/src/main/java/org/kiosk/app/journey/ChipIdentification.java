package org.kiosk.app.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.mrz.MrzFormat;
import org.kiosk.device.passport.AccessKey;
import org.kiosk.device.passport.ChipPresence;
import org.kiosk.device.passport.PassportDetail;
import org.kiosk.device.passport.PassportError;
import org.kiosk.device.passport.PassportRead;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.pa.Outcome;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.Scan;
import org.kiosk.device.qr.ScanRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification by the passport reader: the zone's access data opens the chip, DG1's fields go into the visit's
 * session; the read itself (with the face image of DG2) is held only until the session is wiped. The photo page's zone
 * comes from the QR scanner, which groups a document scanner's MRZ lines and checks them.
 */
public final class ChipIdentification implements PassportIdentification {

    private static final Logger log = LoggerFactory.getLogger(ChipIdentification.class);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final PassportReader reader;
    private final Optional<QrScanner> scanner;
    private final Clock clock;
    private final ExecutorService executor;
    private final Duration chipWait;
    private final Map<String, PassportRead> held = new ConcurrentHashMap<>();

    /**
     * @param chipWait how long a read waits for the passport to be laid on the reader
     */
    public ChipIdentification(PassportReader reader, Optional<QrScanner> scanner, Clock clock, ExecutorService executor,
                              Duration chipWait) {
        this.reader = reader;
        this.scanner = scanner;
        this.clock = clock;
        this.executor = executor;
        this.chipWait = chipWait;
    }

    @Override
    public boolean readerReady() {
        return ready(reader.status());
    }

    @Override
    public boolean scannerReady() {
        return scanner.map(s -> ready(s.status())).orElse(false);
    }

    private static boolean ready(DeviceStatus status) {
        return status.state() == DeviceState.ONLINE || status.state() == DeviceState.BUSY;
    }

    @Override
    public Armed scanZones(Consumer<ZoneScan> consumer) {
        if (scanner.isEmpty()) {
            return () -> { };
        }
        ScanRequest request = scanner.get().arm(scan -> consumer.accept(zone(scan)));
        return request::close;
    }

    private ZoneScan zone(Scan scan) {
        if (scan instanceof Scan.Mrz mrz && mrz.data().isPresent() && mrz.data().get().format() == MrzFormat.TD3) {
            MrzData data = mrz.data().get();
            LocalDate today = LocalDate.now(clock);
            Optional<LocalDate> birth = data.birthDateOn(today);
            Optional<LocalDate> expiry = data.expiryDateOn(today);
            if (birth.isPresent() && expiry.isPresent() && AccessData.DOCUMENT_NUMBER.matcher(data.documentNumber()).matches()) {
                return new ZoneScan.Found(new AccessData(data.documentNumber(), birth.get(), expiry.get()));
            }
        }
        return new ZoneScan.Unusable();
    }

    /** The chip read in {@code session}, while the session lasts. */
    public Optional<PassportRead> read(KioskSession session) {
        return Optional.ofNullable(held.get(session.id()));
    }

    @Override
    public CompletableFuture<PassportSummary> read(KioskSession session, AccessData access, Runnable reading) {
        AccessKey key = AccessKey.of(access.documentNumber(), YYMMDD.format(access.birthDate()), YYMMDD.format(access.expiry()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                awaitChip(session);
                reading.run();
                return deliver(session, reader.read(key));
            } catch (ReadFailed e) {
                throw new CompletionException(e);
            } catch (DeviceException e) {
                throw new CompletionException(new ReadFailed(problem(e), e.code().toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new ReadFailed(Problem.READER_GONE, "interrupted"));
            }
        }, executor);
    }

    /** Returns once a chip is in the reader's field; fails when none comes in time or the visit ends. */
    private void awaitChip(KioskSession session) throws ReadFailed, InterruptedException {
        CountDownLatch changed = new CountDownLatch(1);
        try (AutoCloseable listening = reader.addStatusListener(event -> {
            if (chipPresent(event.current()) || !ready(event.current())) {
                changed.countDown();
            }
        })) {
            session.onWipe(changed::countDown);
            if (!chipPresent(reader.status()) && ready(reader.status())) {
                changed.await(chipWait.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            log.warn("passport status listener not removed: {}", e.toString());
        }
        if (session.isWiped()) {
            throw new ReadFailed(Problem.NO_CHIP, "the visit ended before a passport was laid on the reader");
        }
        if (!ready(reader.status())) {
            throw new ReadFailed(Problem.READER_GONE, "reader " + reader.status().state());
        }
        if (!chipPresent(reader.status())) {
            throw new ReadFailed(Problem.NO_CHIP, "no chip within " + chipWait.toSeconds() + " s");
        }
    }

    private static boolean chipPresent(DeviceStatus status) {
        return status.detail() instanceof PassportDetail detail && detail.chip() == ChipPresence.PRESENT;
    }

    private PassportSummary deliver(KioskSession session, PassportRead read) throws ReadFailed {
        if (read.authentication().outcome() == Outcome.FAILED) {
            read.wipe();
            throw new ReadFailed(Problem.NOT_AUTHENTIC, read.authentication().failedCheck().map(Enum::name).orElse("FAILED"));
        }
        MrzData mrz = read.mrz();
        LocalDate today = LocalDate.now(clock);
        try {
            put(session, DocumentField.DOCUMENT_TYPE, Identification.DocumentKind.PASSPORT.name());
            String name = (mrz.primaryIdentifier() + " " + mrz.secondaryIdentifier()).strip();
            put(session, DocumentField.NAME, name);
            put(session, DocumentField.NAME_LATIN, name);
            put(session, DocumentField.SEX, switch (mrz.sex()) {
                case 'M' -> "MALE";
                case 'F' -> "FEMALE";
                default -> "UNKNOWN";
            });
            put(session, DocumentField.BIRTH_DATE, mrz.birthDateOn(today).map(LocalDate::toString).orElse(null));
            put(session, DocumentField.NATIONALITY, mrz.nationality());
            put(session, DocumentField.DOCUMENT_NUMBER, mrz.documentNumber());
            put(session, DocumentField.ISSUER, mrz.issuingState());
            put(session, DocumentField.VALID_UNTIL, mrz.expiryDateOn(today).map(LocalDate::toString).orElse(null));
        } catch (IllegalStateException wiped) {
            // the visit ended while the chip was being read
            read.wipe();
            throw new ReadFailed(Problem.NO_CHIP, "the visit ended during the read");
        }
        PassportRead previous = held.put(session.id(), read);
        if (previous != null) {
            previous.wipe();
        }
        session.onWipe(() -> {
            PassportRead mine = held.remove(session.id());
            if (mine != null) {
                mine.wipe();
            }
        });
        Authenticity authenticity = read.authentication().verified() ? Authenticity.VERIFIED : Authenticity.NOT_VERIFIABLE;
        return new PassportSummary(new Identification.DocumentSummary(Identification.DocumentKind.PASSPORT, mrz.isExpiredOn(today),
                false), authenticity);
    }

    static Problem problem(DeviceException e) {
        if (!(e.code() instanceof PassportError error)) {
            return Problem.CHIP_UNREADABLE;
        }
        return switch (error) {
            case ACCESS_DENIED, INVALID_ACCESS_KEY -> Problem.WRONG_ACCESS_DATA;
            case CHIP_REMOVED -> Problem.CHIP_REMOVED;
            case NO_CHIP, NOT_AN_EMRTD -> Problem.NO_CHIP;
            case NO_READER, PCSC_UNAVAILABLE, PCSC_RESTART_NEEDED -> Problem.READER_GONE;
            case CHIP_ERROR, SECURE_MESSAGING_FAILED, DATA_MALFORMED, UNSUPPORTED_DOCUMENT -> Problem.CHIP_UNREADABLE;
        };
    }

    private static void put(KioskSession session, DocumentField field, String value) {
        if (value != null) {
            char[] chars = value.toCharArray();
            session.putDocumentField(field, chars);
            Arrays.fill(chars, '\0');
        }
    }
}
