package org.kiosk.app.appointments;

import org.kiosk.app.calendar.CalendarConfiguration;
import org.kiosk.app.calendar.CentreSettings;
import org.kiosk.app.config.SettingsException;
import org.kiosk.app.ui.service.QueueTickets;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.qr.Scan;
import org.kiosk.device.qr.ScanRequest;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.KeyRing;
import org.kiosk.platform.code.ReplayStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.util.Optional;

/** Appointments ({@code kiosk.appointments.*}, checked at start) over the platform client, when one is configured. */
@Configuration(proxyBeanMethods = false)
public class AppointmentsConfiguration {

    @Bean
    AppointmentsSettings appointmentsSettings(Environment environment) throws SettingsException {
        return AppointmentsSettings.fromProperties(CalendarConfiguration.flat(environment, "kiosk.appointments"));
    }

    @Bean
    AppointmentDesk appointmentDesk(AppointmentsSettings settings, CentreSettings centre, QueueTickets tickets,
                                    ObjectProvider<PlatformClient> platform, ObjectProvider<ReceiptPrinter> printer,
                                    ObjectProvider<QrScanner> scanner, ReplayStore usedCodes) {
        Clock clock = Clock.systemUTC();
        Optional<Appointments> appointments = Optional.ofNullable(platform.getIfAvailable()).map(client -> new Appointments(
                client, classifier(settings, client, clock, usedCodes), settings.window(), centre.code(), clock));
        QrScanner qr = scanner.getIfAvailable();
        CodeScans scans = qr == null ? CodeScans.NONE : scans(qr);
        return new AppointmentDesk(appointments, Optional.ofNullable(printer.getIfAvailable()).map(SlipPrinter::new),
                tickets, scans, settings.bookableMatter(), centre.hours().region().zone());
    }

    /** The scanner's text scans for the check-in screen, which arms it while shown. */
    public static CodeScans scans(QrScanner scanner) {
        return consumer -> {
            ScanRequest request = scanner.arm(scan -> consumer.accept(scan instanceof Scan.Text text ? text.text() : ""));
            return request::close;
        };
    }

    /**
     * Verifies appointment codes against the platform's published keys, fetched again when an unknown key appears;
     * single-use codes are remembered in {@code usedCodes}.
     */
    public static CodeClassifier classifier(AppointmentsSettings settings, PlatformClient client, Clock clock,
                                            ReplayStore usedCodes) {
        return new CodeClassifier(CodeVerifier.builder(settings.codeIssuer(), new KeyRing(client, clock)).clock(clock).build(),
                usedCodes);
    }
}
