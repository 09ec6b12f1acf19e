package org.kiosk.app.journey;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.kiosk.app.catalogue.ApplicationForm;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.outbox.LocalReferenceCode;
import org.kiosk.app.outbox.OutboxException;
import org.kiosk.app.outbox.OutboxReceipts;
import org.kiosk.app.outbox.OutboxRecord;
import org.kiosk.app.outbox.OutboxState;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.Prefills;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.kiosk.device.DeviceException;
import org.kiosk.device.printer.PrinterError;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.platform.client.SubmissionResult;
import org.kiosk.platform.model.Applicant;
import org.kiosk.platform.model.ApplicationRequest;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.FormSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications through the kiosk's outbox: the form's answers and the document's fields become the platform's
 * application body, kept encrypted until the platform acknowledges it; the receipt goes to the printer.
 */
public final class OutboxApplications implements Applications {

    private static final Logger log = LoggerFactory.getLogger(OutboxApplications.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KioskOutbox outbox;
    private final ReceiptPrinter printer;
    private final String kioskId;
    private final String centreCode;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<Long, OutboxRecord> submitted = new ConcurrentHashMap<>();

    public OutboxApplications(KioskOutbox outbox, ReceiptPrinter printer, String kioskId, String centreCode,
            Clock clock, ExecutorService executor) {
        this.centreCode = centreCode;
        this.outbox = outbox;
        this.printer = printer;
        this.kioskId = kioskId;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public Optional<FormSchema> form(Matter matter) {
        return matter.application().map(ApplicationForm::schema);
    }

    @Override
    public boolean accepts(Matter matter, Identification.DocumentKind kind) {
        DocumentType type = DocumentType.valueOf(kind.name());
        return matter.application().map(f -> f.acceptedDocuments().contains(type)).orElse(false);
    }

    @Override
    public CompletableFuture<Submission> submit(KioskSession session, Matter matter, Verification verification, UiLanguage language) {
        ApplicationForm form = matter.application().orElse(null);
        if (form == null) {
            return CompletableFuture.failedFuture(new SubmissionFailed("the kiosk takes no applications for " + matter.id()));
        }
        byte[] body = JSON.writeValueAsBytes(request(session, form, verification, language));
        return CompletableFuture.supplyAsync(() -> {
            try {
                OutboxRecord record = outbox.submit(form.implementationCode(), body);
                if (record.state() == OutboxState.REJECTED || record.state() == OutboxState.EXPIRED) {
                    throw new CompletionException(new SubmissionFailed("the platform did not accept the application ("
                            + record.rejectionReason() + ")"));
                }
                submitted.put(record.id(), record);
                session.onWipe(() -> submitted.remove(record.id()));
                return submission(record);
            } catch (OutboxException e) {
                log.error("application for {} not taken into the outbox: {}", matter.id(), e.getMessage());
                throw new CompletionException(new SubmissionFailed("the kiosk could not store the application"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            } finally {
                Arrays.fill(body, (byte) 0);
            }
        }, executor);
    }

    @Override
    public CompletableFuture<PrintOutcome> printReceipt(KioskSession session, Matter matter, Submission submission) {
        OutboxRecord record = submitted.get(submission.handle());
        if (record == null) {
            return CompletableFuture.completedFuture(PrintOutcome.PRINTER_UNAVAILABLE);
        }
        OutboxReceipts.Facts facts = new OutboxReceipts.Facts(matter.name().in(UiLanguage.SIMPLIFIED_CHINESE),
                matter.name().in(UiLanguage.ENGLISH), field(session, DocumentField.NAME), field(session, DocumentField.DOCUMENT_NUMBER),
                session.answer("collection").map(PersonalValue::reveal).orElse("窗口领取 At the counter"));
        return CompletableFuture.supplyAsync(() -> {
            try {
                printer.print(outbox.receipt(record, facts));
                return PrintOutcome.PRINTED;
            } catch (DeviceException e) {
                log.warn("receipt of {} not printed: {}", record.localReference(), e.code());
                return e.code() == PrinterError.PAPER_OUT ? PrintOutcome.PAPER_OUT : PrintOutcome.PRINTER_UNAVAILABLE;
            }
        }, executor);
    }

    private Submission submission(OutboxRecord record) {
        Optional<SubmissionResult.Accepted> accepted = Optional.ofNullable(record.platformCase());
        String tracking = accepted.map(SubmissionResult.Accepted::trackingCode)
                .orElseGet(() -> new LocalReferenceCode(kioskId, record.localReference()).text());
        return new Submission(record.caseNumber(), record.localReference(),
                accepted.map(SubmissionResult.Accepted::committedCompletion), tracking, record.id());
    }

    private ApplicationRequest request(KioskSession session, ApplicationForm form, Verification verification, UiLanguage language) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField f : form.schema().fields()) {
            Optional<String> value = f.prefill() != null ? Prefills.value(session, f.prefill()).map(PersonalValue::reveal)
                    : session.answer(f.name()).map(PersonalValue::reveal);
            value.ifPresent(v -> values.put(f.name(), v));
        }
        Applicant applicant = new Applicant(documentType(session), field(session, DocumentField.DOCUMENT_NUMBER),
                field(session, DocumentField.NAME));
        return new ApplicationRequest(form.implementationCode(), centreCode, language.locale().toLanguageTag(), clock.instant(), applicant, values,
                switch (verification) {
                    case FINGERPRINT -> ApplicationRequest.IdentityVerification.FINGERPRINT;
                    case COUNTER -> ApplicationRequest.IdentityVerification.COUNTER;
                    case NONE -> ApplicationRequest.IdentityVerification.NONE;
                });
    }

    private static DocumentType documentType(KioskSession session) {
        String type = field(session, DocumentField.DOCUMENT_TYPE);
        return switch (type) {
            case "HMT_RESIDENCE_PERMIT" -> DocumentType.HMT_RESIDENCE_PERMIT;
            case "FOREIGN_PERMANENT_RESIDENCE" -> DocumentType.FOREIGN_PERMANENT_RESIDENCE;
            case "PASSPORT" -> DocumentType.PASSPORT;
            default -> DocumentType.RESIDENT_ID;
        };
    }

    private static String field(KioskSession session, DocumentField field) {
        return session.documentField(field).map(PersonalValue::reveal).orElse("");
    }
}
