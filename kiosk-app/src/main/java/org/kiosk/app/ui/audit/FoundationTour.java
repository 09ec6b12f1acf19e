package org.kiosk.app.ui.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.catalogue.ServiceCategory;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.appointments.AppointmentTour;
import org.kiosk.app.ui.journey.JourneyTour;
import org.kiosk.app.ui.journey.PassportTour;
import org.kiosk.app.ui.screens.CallStaffScreen;
import org.kiosk.app.ui.screens.CategoryScreen;
import org.kiosk.app.ui.screens.CounterScreen;
import org.kiosk.app.ui.screens.IdentitySummaryScreen;
import org.kiosk.app.ui.screens.MatterScreen;
import org.kiosk.app.ui.screens.TakeCardScreen;
import org.kiosk.app.ui.screens.TimeoutWarning;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.speech.ReadAloud;

/**
 * Every screen of the foundation, in every state worth auditing: each category and matter of the catalogue, the
 * counter before and after taking a ticket, call staff, the identity summary (a fictional card holder), the timeout
 * warning, "take your card", and the chrome's speech control while reading and after. Journeys add their own stops to
 * {@link #all(ServiceCatalogue)}.
 */
public final class FoundationTour {

    /** A fictional card holder (public test ID number), for screens that show personal data. */
    public static final String SAMPLE_NAME = "张三丰";
    public static final String SAMPLE_NUMBER = "440524188001010014";
    public static final String SAMPLE_BIRTH_DATE = "1880-01-01";

    private FoundationTour() {
    }

    /** Every stop of every screen the kiosk has. */
    public static List<TourStop> all(ServiceCatalogue catalogue) {
        List<TourStop> stops = new ArrayList<>(foundation(catalogue));
        stops.addAll(AppointmentTour.stops());
        stops.addAll(JourneyTour.stops(catalogue));
        stops.addAll(PassportTour.stops(catalogue));
        return stops;
    }

    public static List<TourStop> foundation(ServiceCatalogue catalogue) {
        List<TourStop> stops = new ArrayList<>();
        stops.add(new TourStop("home", (ui, clock) -> ui.home()));
        for (ServiceCategory category : catalogue.categories()) {
            stops.add(new TourStop("category-" + category.id(), (ui, clock) -> ui.show(new CategoryScreen(category))));
            for (Matter matter : category.matters()) {
                stops.add(new TourStop("matter-" + matter.id(), (ui, clock) -> ui.show(new MatterScreen(matter))));
            }
        }
        Matter first = catalogue.categories().getFirst().matters().getFirst();
        stops.add(new TourStop("counter", (ui, clock) -> ui.show(new CounterScreen(null))));
        stops.add(new TourStop("counter-ticket", (ui, clock) -> {
            CounterScreen counter = new CounterScreen(first);
            ui.show(counter);
            ((Button) ui.scene().lookup("#counter-take-ticket")).fire();
        }));
        stops.add(new TourStop("call-staff", (ui, clock) -> ui.show(new CallStaffScreen())));
        stops.add(new TourStop("identity-summary", (ui, clock) -> {
            putSampleHolder(ui.session());
            ui.show(new IdentitySummaryScreen());
        }));
        stops.add(new TourStop(TimeoutWarning.ID, (ui, clock) -> {
            ui.show(new CallStaffScreen());
            clock.advance(ui.inactivityIdle());
            ui.tick();
        }));
        stops.add(new TourStop(TakeCardScreen.ID, (ui, clock) -> ui.endVisit()));
        // on a screen whose chrome has every button; a kiosk without audio shows no speech control
        ServiceCategory full = catalogue.categories().getFirst();
        stops.add(new TourStop("read-aloud-speaking", (ui, clock) -> {
            ui.show(new CategoryScreen(full));
            press(ui, ReadAloud.READ_ID);
        }));
        stops.add(new TourStop("read-aloud-again", (ui, clock) -> {
            ui.show(new CategoryScreen(full));
            press(ui, ReadAloud.READ_ID);
            press(ui, ReadAloud.STOP_ID);
        }));
        return stops;
    }

    private static void press(KioskUi ui, String id) {
        if (ui.scene().lookup("#" + id) instanceof Button button) {
            button.fire();
        }
    }

    /** Puts the fictional card holder into {@code session}, as a card reading journey would. */
    public static void putSampleHolder(KioskSession session) {
        session.putDocumentField(DocumentField.NAME, SAMPLE_NAME.toCharArray());
        session.putDocumentField(DocumentField.DOCUMENT_NUMBER, SAMPLE_NUMBER.toCharArray());
        session.putDocumentField(DocumentField.BIRTH_DATE, SAMPLE_BIRTH_DATE.toCharArray());
    }
}
