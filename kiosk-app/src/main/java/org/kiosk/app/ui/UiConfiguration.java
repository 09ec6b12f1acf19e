package org.kiosk.app.ui;

import java.time.Clock;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.ops.SessionRecorder;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.BiometricCheck;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.LocalQueueTickets;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.LoggedStaffCall;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.QrImages;
import org.kiosk.app.ui.service.QueueTickets;
import org.kiosk.app.ui.service.ServiceRating;
import org.kiosk.app.ui.service.Speech;
import org.kiosk.app.ui.service.StaffCall;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The services behind the citizen's screens; the screens themselves are built by {@link UiLauncher} on the FX thread. */
@Configuration(proxyBeanMethods = false)
public class UiConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QueueTickets queueTickets() {
        return new LocalQueueTickets(Clock.systemDefaultZone());
    }

    @Bean
    @ConditionalOnMissingBean
    StaffCall staffCall(KioskProperties kiosk) {
        return new LoggedStaffCall(kiosk.id());
    }

    @Bean
    Texts uiTexts() {
        return Texts.load();
    }

    @Bean
    UiServices uiServices(ServiceCatalogue catalogue, QueueTickets tickets, StaffCall staffCall, MatterAdvice advice,
            AppointmentDesk appointments, ObjectProvider<Identification> identification, ObjectProvider<PhoneIdentification> phone,
            ObjectProvider<BiometricCheck> biometrics, ObjectProvider<Applications> applications, ObjectProvider<ServiceRating> rating,
            ObjectProvider<QrImages> qr, ObjectProvider<SessionRecorder> sessions, ObjectProvider<PassportIdentification> passports,
            ObjectProvider<Speech> speech) {
        return new UiServices(catalogue, tickets, staffCall, advice, appointments, identification.getIfAvailable(() -> Identification.NONE),
                phone.getIfAvailable(() -> PhoneIdentification.NONE), biometrics.getIfAvailable(() -> BiometricCheck.NONE),
                applications.getIfAvailable(), rating.getIfAvailable(), qr.getIfAvailable(), sessions.getIfAvailable(() -> (outcome, duration) -> { }),
                passports.getIfAvailable(() -> PassportIdentification.NONE), speech.getIfAvailable(() -> Speech.NONE));
    }
}
