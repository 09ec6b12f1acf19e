package org.kiosk.app.ui.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.audit.TourStop;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.PassportIdentification.Problem;
import org.kiosk.app.ui.session.DocumentField;

/**
 * Every state of the passport screens, for the accessibility audit and the {@code tour} journey: the zone's entry page
 * by page with its messages, the read waiting, reading, and each way it fails, the expired passport, and the document
 * as read from a fictional passport (nothing is scanned or read on the tour).
 */
public final class PassportTour {


    private PassportTour() {
    }

    public static List<TourStop> stops(ServiceCatalogue catalogue) {
        // the certificate of marriage registration records accepts passports
        Matter matter = catalogue.matterByCode(JourneyTour.RECORD_MATTER_CODE).orElseThrow(
                () -> new IllegalStateException("the catalogue takes no applications for matter " + JourneyTour.RECORD_MATTER_CODE));
        Function<KioskUi, ApplicationFlow> flow = ui -> flow(ui, matter);
        List<TourStop> stops = new ArrayList<>();
        for (PassportEntryScreen.Step step : PassportEntryScreen.Step.values()) {
            String id = PassportEntryScreen.ID + "-" + Parts.key(step);
            stops.add(new TourStop(id, (ui, clock) -> ui.show(new PassportEntryScreen(flow.apply(ui), step))));
            // "Next" on an empty entry: the message for the number, or for a date that is not eight digits
            stops.add(new TourStop(id + "-next", (ui, clock) -> {
                ui.show(new PassportEntryScreen(flow.apply(ui), step));
                press(ui, "passport-next");
            }));
        }
        stops.add(new TourStop(PassportEntryScreen.ID + "-birth-date-future", (ui, clock) -> {
            ui.session().putAnswer(PassportEntryScreen.Step.BIRTH_DATE.answer(), "29991231".toCharArray());
            PassportEntryScreen screen = new PassportEntryScreen(flow.apply(ui), PassportEntryScreen.Step.BIRTH_DATE);
            screen.error("passport.error.birth-future");
            ui.show(screen);
        }));
        stops.add(new TourStop(PassportEntryScreen.ID + "-scan-unusable", (ui, clock) -> {
            PassportEntryScreen screen = new PassportEntryScreen(flow.apply(ui));
            screen.error("passport.error.scan");
            ui.show(screen);
        }));
        stops.add(new TourStop(PassportReadScreen.ID, (ui, clock) -> ui.show(
                PassportReadScreen.showing(flow.apply(ui), PassportReadScreen.Stage.WAITING, null))));
        stops.add(new TourStop(PassportReadScreen.ID + "-reading", (ui, clock) -> ui.show(
                PassportReadScreen.showing(flow.apply(ui), PassportReadScreen.Stage.READING, null))));
        for (Problem problem : Problem.values()) {
            stops.add(new TourStop(PassportReadScreen.ID + "-" + Parts.key(problem), (ui, clock) -> ui.show(
                    PassportReadScreen.showing(flow.apply(ui), PassportReadScreen.Stage.FAILED, problem))));
        }
        stops.add(new TourStop(PassportReadScreen.ID + "-expired", (ui, clock) -> ui.show(
                PassportReadScreen.showing(flow.apply(ui), PassportReadScreen.Stage.EXPIRED, null))));
        stops.add(new TourStop(DocumentScreen.ID + "-passport", (ui, clock) -> {
            ApplicationFlow read = flow.apply(ui);
            ui.session().putDocumentField(DocumentField.DOCUMENT_TYPE, "PASSPORT".toCharArray());
            ui.session().putDocumentField(DocumentField.NAME, "ERIKSSON ANNA MARIA".toCharArray());
            ui.session().putDocumentField(DocumentField.DOCUMENT_NUMBER, "L898902C".toCharArray());
            ui.session().putDocumentField(DocumentField.BIRTH_DATE, "1974-08-12".toCharArray());
            ui.session().putDocumentField(DocumentField.VALID_UNTIL, "2034-04-15".toCharArray());
            read.document(new Identification.DocumentSummary(Identification.DocumentKind.PASSPORT, false, false));
            ui.show(new DocumentScreen(read));
        }));
        stops.add(new TourStop(DocumentScreen.ID + "-passport-not-verifiable", (ui, clock) -> {
            ApplicationFlow read = flow.apply(ui);
            ui.session().putDocumentField(DocumentField.DOCUMENT_TYPE, "PASSPORT".toCharArray());
            ui.session().putDocumentField(DocumentField.NAME, "ERIKSSON ANNA MARIA".toCharArray());
            read.passport(new PassportIdentification.PassportSummary(
                    new Identification.DocumentSummary(Identification.DocumentKind.PASSPORT, false, false),
                    PassportIdentification.Authenticity.NOT_VERIFIABLE));
            ui.show(new DocumentScreen(read));
        }));
        return stops;
    }

    private static ApplicationFlow flow(KioskUi ui, Matter matter) {
        return new ApplicationFlow(matter, matter.application().orElseThrow().schema(), ui.session());
    }

    private static void press(KioskUi ui, String id) {
        Node node = ui.scene().lookup("#" + id);
        if (!(node instanceof Button button)) {
            throw new IllegalStateException("no button #" + id + " on screen " + ui.visibleScreenId());
        }
        button.fire();
    }
}
