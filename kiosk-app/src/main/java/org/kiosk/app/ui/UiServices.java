package org.kiosk.app.ui;

import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.ops.SessionRecorder;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.BiometricCheck;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.QrImages;
import org.kiosk.app.ui.service.QueueTickets;
import org.kiosk.app.ui.service.ServiceRating;
import org.kiosk.app.ui.service.Speech;
import org.kiosk.app.ui.service.StaffCall;

/**
 * The application services the screens use, each behind a small interface; journeys add theirs here.
 *
 * @param catalogue      the matters offered
 * @param tickets        the hall's counter queue
 * @param staffCall      calling staff to the kiosk
 * @param advice         what the kiosk tells about a matter now (accepted, staff start, committed date, counter)
 * @param appointments   appointment check-in, booking and cancelling, and their slips
 * @param identification reading the citizen's identity document
 * @param phone          identification by the e-ID code on the citizen's phone
 * @param biometrics     consent and fingerprint verification
 * @param applications   forms, submitting, receipts (null: the kiosk takes no applications)
 * @param rating         the citizen's service rating (null: not asked)
 * @param qr             QR images for the screen (null: the code is shown as text)
 * @param sessions       counts visits by outcome and duration
 * @param passports      reading a passport's chip
 * @param speech         reading the screen aloud ({@link Speech#NONE}: the kiosk has no audio)
 */
public record UiServices(ServiceCatalogue catalogue, QueueTickets tickets, StaffCall staffCall, MatterAdvice advice,
                         AppointmentDesk appointments, Identification identification, PhoneIdentification phone,
                         BiometricCheck biometrics, Applications applications, ServiceRating rating, QrImages qr, SessionRecorder sessions,
                         PassportIdentification passports, Speech speech) {

    /** Without the application journeys: no document can be read and nothing submitted (the counter remains). */
    public UiServices(ServiceCatalogue catalogue, QueueTickets tickets, StaffCall staffCall, MatterAdvice advice,
                      AppointmentDesk appointments) {
        this(catalogue, tickets, staffCall, advice, appointments, Identification.NONE, PhoneIdentification.NONE, BiometricCheck.NONE, null,
                null, null, (outcome, duration) -> { }, PassportIdentification.NONE, Speech.NONE);
    }
}
