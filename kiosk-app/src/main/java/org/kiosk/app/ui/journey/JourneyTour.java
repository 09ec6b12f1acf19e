package org.kiosk.app.ui.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.TourStop;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.BiometricCheck;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.platform.model.FormField;

/**
 * Every state of the application journey's screens, for the accessibility audit and the {@code tour} journey: a
 * fictional card holder in the session, sample outcomes (nothing is read, verified or submitted on the tour).
 */
public final class JourneyTour {

    /**
     * Housing provident fund withdrawal for rent, in the bundled catalogue and the platform's: offers fingerprint
     * verification; accepts ID cards and residence permits.
     */
    public static final String FUND_MATTER_CODE = "11440100007436085C2000112005000";
    /** Certificate of marriage registration records, in both catalogues: a choice on its form; accepts passports. */
    public static final String RECORD_MATTER_CODE = "11440104007321851M2000108011000";
    /** A made-up case, as the platform would give it. */
    public static final Applications.Submission SAMPLE_CASE = new Applications.Submission(Optional.of("44010020261127000123"),
            "20261127-0001", Optional.of(LocalDate.of(2026, 12, 11)), "https://track.example/c/44010020261127000123", 0);
    /** A made-up provisional receipt. */
    public static final Applications.Submission SAMPLE_PROVISIONAL = new Applications.Submission(Optional.empty(),
            "20261127-0002", Optional.empty(), "KIOSKREF:kiosk-demo:20261127-0002", 0);

    private JourneyTour() {
    }

    public static List<TourStop> stops(ServiceCatalogue catalogue) {
        Matter matter = matter(catalogue, FUND_MATTER_CODE);
        Matter recordMatter = matter(catalogue, RECORD_MATTER_CODE);
        List<TourStop> stops = new ArrayList<>();
        stops.add(new TourStop(IdentifyScreen.ID, (ui, clock) -> ui.show(new IdentifyScreen(matter))));
        stops.add(new TourStop(WaitCardScreen.ID, (ui, clock) -> ui.show(new WaitCardScreen(waiting(ui, matter)))));
        stops.add(new TourStop("wait-card-unreadable", (ui, clock) -> {
            WaitCardScreen screen = new WaitCardScreen(waiting(ui, matter));
            screen.problem("wait-card.unreadable");
            ui.show(screen);
        }));
        stops.add(new TourStop(PhoneEidScreen.ID, (ui, clock) -> ui.show(new PhoneEidScreen(waiting(ui, matter)))));
        for (PhoneIdentification.Outcome outcome : PhoneIdentification.Outcome.values()) {
            if (outcome != PhoneIdentification.Outcome.IDENTIFIED) {
                stops.add(new TourStop(PhoneEidScreen.ID + "-" + Parts.key(outcome), (ui, clock) -> {
                    PhoneEidScreen screen = new PhoneEidScreen(waiting(ui, matter));
                    screen.problem(outcome);
                    ui.show(screen);
                }));
            }
        }
        stops.add(new TourStop(PhoneEidScreen.ID + "-document-expired", (ui, clock) -> {
            PhoneEidScreen screen = new PhoneEidScreen(waiting(ui, matter));
            screen.documentExpired();
            ui.show(screen);
        }));
        stops.add(new TourStop(DocumentScreen.ID, (ui, clock) -> ui.show(new DocumentScreen(flow(ui, matter)))));
        stops.add(new TourStop(DocumentScreen.ID + "-electronic-id", (ui, clock) -> {
            ApplicationFlow flow = flow(ui, matter);
            flow.document(new Identification.DocumentSummary(Identification.DocumentKind.ELECTRONIC_ID, false, false));
            ui.show(new DocumentScreen(flow));
        }));
        stops.add(new TourStop(ConsentScreen.ID, (ui, clock) -> ui.show(new ConsentScreen(flow(ui, matter)))));
        stops.add(new TourStop(FingerprintScreen.ID, (ui, clock) -> ui.show(new FingerprintScreen(flow(ui, matter)))));
        stops.add(new TourStop(FingerprintResultScreen.VERIFIED,
                (ui, clock) -> ui.show(new FingerprintResultScreen(flow(ui, matter), BiometricCheck.Result.VERIFIED))));
        stops.add(new TourStop(FingerprintResultScreen.NOT_VERIFIED,
                (ui, clock) -> ui.show(new FingerprintResultScreen(flow(ui, matter), BiometricCheck.Result.NOT_MATCHED))));
        stops.add(new TourStop("form-prefilled", (ui, clock) -> ui.show(FormScreen.first(flow(ui, matter)))));
        for (Matter m : List.of(matter, recordMatter)) {
            List<FormField> asked = m.application().orElseThrow().schema().fields().stream().filter(f -> f.prefill() == null).toList();
            for (int i = 0; i < asked.size(); i++) {
                int page = i;
                // each asked field, as first shown and after "Next" on an empty answer (the message for a required one)
                stops.add(new TourStop("form-" + asked.get(i).name(), (ui, clock) -> ui.show(FormScreen.page(flow(ui, m), page))));
                stops.add(new TourStop("form-" + asked.get(i).name() + "-next", (ui, clock) -> {
                    ui.show(FormScreen.page(flow(ui, m), page));
                    press(ui, "form-next");
                }));
            }
        }
        stops.add(new TourStop(ReviewScreen.ID, (ui, clock) -> {
            ApplicationFlow flow = flow(ui, matter);
            ui.session().putAnswer("phone", "13800138000".toCharArray());
            ui.session().putAnswer("bankAccount", "6222020200112233".toCharArray());
            ui.session().putAnswer("monthlyRent", "3500".toCharArray());
            ui.show(new ReviewScreen(flow));
        }));
        stops.add(new TourStop(SubmittingScreen.ID, (ui, clock) -> ui.show(new SubmittingScreen(submitted(ui, matter, SAMPLE_CASE)))));
        stops.add(new TourStop(SubmitFailedScreen.ID, (ui, clock) -> ui.show(new SubmitFailedScreen(flow(ui, matter)))));
        stops.add(new TourStop(ResultScreen.ID, (ui, clock) -> ui.show(new ResultScreen(submitted(ui, matter, SAMPLE_CASE)))));
        stops.add(new TourStop("result-provisional", (ui, clock) -> {
            ApplicationFlow flow = submitted(ui, matter, SAMPLE_PROVISIONAL);
            flow.verification(Applications.Verification.COUNTER);
            ui.show(new ResultScreen(flow));
        }));
        stops.add(new TourStop(OnScreenReceiptScreen.ID, (ui, clock) -> {
            ApplicationFlow flow = submitted(ui, matter, SAMPLE_CASE);
            flow.printed(Applications.PrintOutcome.PAPER_OUT);
            ui.show(new OnScreenReceiptScreen(flow));
        }));
        stops.add(new TourStop(PhoneScreen.ID, (ui, clock) -> ui.show(new PhoneScreen(submitted(ui, matter, SAMPLE_CASE)))));
        stops.add(new TourStop(RatingScreen.ID, (ui, clock) -> ui.show(new RatingScreen(submitted(ui, matter, SAMPLE_CASE)))));
        return stops;
    }

    private static ApplicationFlow flow(KioskUi ui, Matter matter) {
        FoundationTour.putSampleHolder(ui.session());
        ui.session().putDocumentField(DocumentField.DOCUMENT_TYPE, "RESIDENT_ID".toCharArray());
        ApplicationFlow flow = new ApplicationFlow(matter, matter.application().orElseThrow().schema(), ui.session());
        flow.document(new Identification.DocumentSummary(Identification.DocumentKind.RESIDENT_ID, false, true));
        return flow;
    }

    /** A flow before its card is read: the tour's wait screen does not watch the reader. */
    private static ApplicationFlow waiting(KioskUi ui, Matter matter) {
        ApplicationFlow flow = new ApplicationFlow(matter, matter.application().orElseThrow().schema(), ui.session());
        flow.startWatching();
        return flow;
    }

    private static ApplicationFlow submitted(KioskUi ui, Matter matter, Applications.Submission submission) {
        ApplicationFlow flow = flow(ui, matter);
        flow.submission(submission);
        flow.printed(Applications.PrintOutcome.PRINTED);
        return flow;
    }

    private static Matter matter(ServiceCatalogue catalogue, String implementationCode) {
        return catalogue.matterByCode(implementationCode)
                .orElseThrow(() -> new IllegalStateException("the catalogue takes no applications for matter " + implementationCode));
    }

    private static void press(KioskUi ui, String id) {
        Node node = ui.scene().lookup("#" + id);
        if (!(node instanceof Button button)) {
            throw new IllegalStateException("no button #" + id + " on screen " + ui.visibleScreenId());
        }
        button.fire();
    }
}
