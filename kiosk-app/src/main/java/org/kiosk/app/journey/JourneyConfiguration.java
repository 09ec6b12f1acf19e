package org.kiosk.app.journey;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kiosk.app.calendar.CentreSettings;
import org.kiosk.app.appointments.AppointmentsConfiguration;
import org.kiosk.app.appointments.AppointmentsSettings;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.OutboxProperties;
import org.kiosk.app.consent.SqliteConsentStore;
import org.kiosk.app.ops.EidMetrics;
import org.kiosk.app.ops.MeteredPhoneIdentification;
import org.kiosk.app.outbox.KioskOutbox;
import org.kiosk.app.outbox.LocalReferenceCode;
import org.kiosk.app.outbox.OutboxException;
import org.kiosk.app.outbox.OutboxRecord;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.QrImages;
import org.kiosk.app.verification.FingerprintVerification;
import org.kiosk.device.DeviceState;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.printer.ReceiptPrinter;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.code.ReplayStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The citizen's journeys over the kiosk's devices, outbox and consent store (the screens see only the interfaces). */
@Configuration(proxyBeanMethods = false)
public class JourneyConfiguration {

    /** Device work (card reads, captures, submissions) runs here, never on the FX thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService journeyExecutor() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("journey-", 0).factory());
    }

    @Bean
    CardIdentification cardIdentification(IdCardReader reader) {
        return new CardIdentification(reader, Clock.systemDefaultZone());
    }

    /** The phone's e-ID code needs both the QR scanner and the platform; without either the option is not offered. */
    @Bean
    PhoneIdentification phoneIdentification(ObjectProvider<QrScanner> scanner, ObjectProvider<PlatformClient> platform,
            AppointmentsSettings codes, ReplayStore usedCodes, ExecutorService journeyExecutor, EidMetrics eidMetrics) {
        QrScanner qr = scanner.getIfAvailable();
        PlatformClient client = platform.getIfAvailable();
        if (qr == null || client == null) {
            return PhoneIdentification.NONE;
        }
        return new MeteredPhoneIdentification(new PhoneEidIdentification(AppointmentsConfiguration.scans(qr), client, codes.codeIssuer(),
                usedCodes, () -> {
                    DeviceState state = qr.status().state();
                    return state == DeviceState.ONLINE || state == DeviceState.BUSY;
                }, Clock.systemDefaultZone(), journeyExecutor), eidMetrics);
    }

    @Bean
    FingerprintCheck fingerprintCheck(CardIdentification cards, FingerprintModule module, FingerprintVerification verification,
            SqliteConsentStore consents, KioskProperties kiosk, ExecutorService journeyExecutor) {
        return new FingerprintCheck(cards, module, verification, consents, kiosk.id(), Clock.systemDefaultZone(), journeyExecutor);
    }

    @Bean
    OutboxApplications outboxApplications(KioskOutbox outbox, ReceiptPrinter printer, KioskProperties kiosk,
            CentreSettings centre, ExecutorService journeyExecutor) {
        return new OutboxApplications(outbox, printer, kiosk.id(), centre.code(), Clock.systemDefaultZone(), journeyExecutor);
    }

    /** Ratings the platform did not take at once are tried again as often as the outbox retries at the longest. */
    @Bean(destroyMethod = "close")
    StoredRatings storedRatings(KioskProperties kiosk, OutboxProperties outboxSettings, KioskOutbox outbox,
            ObjectProvider<PlatformClient> platform, ExecutorService journeyExecutor) throws SQLException, IOException {
        StoredRatings ratings = new StoredRatings(KioskDatabase.file(kiosk.dataDir()), Optional.ofNullable(platform.getIfAvailable()),
                localReference -> caseNumber(outbox, kiosk.id(), localReference), kiosk.id(), Clock.systemDefaultZone(), journeyExecutor);
        ratings.resendEvery(outboxSettings.backoffCap());
        return ratings;
    }

    private static Optional<String> caseNumber(KioskOutbox outbox, String kioskId, String localReference) {
        try {
            return outbox.resolve(new LocalReferenceCode(kioskId, localReference)).flatMap(OutboxRecord::caseNumber);
        } catch (OutboxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Bean
    QrImages qrImages() {
        return new EncoderQrImages();
    }
}
