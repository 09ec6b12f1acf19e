package org.kiosk.app.verification;

import java.time.Clock;
import java.util.Optional;
import org.kiosk.app.config.FingerprintProperties;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.consent.ConsentStoreException;
import org.kiosk.app.consent.SqliteConsentStore;
import org.kiosk.app.idcard.IdCardConfiguration;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.CardLibrary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fingerprint module as configured under {@code kiosk.fingerprint.*}, the consent store and the verification. */
@Configuration(proxyBeanMethods = false)
public class FingerprintConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiosk.fingerprint.connection", havingValue = "simulated", matchIfMissing = true)
    SimulatedDevice<FingerprintModuleEmulator> simulatedFingerprintModule(FingerprintProperties fingerprint) {
        return SimulatedDevice.startOrUnplugged("fingerprint-module", device -> {
            FingerprintModuleEmulator emulator = FingerprintModuleEmulator.builder().serial(device).baud(fingerprint.baudRate())
                    .password((int) fingerprint.password()).build();
            emulator.start();
            // the simulated citizen: the holder of the card on the simulated ID-card reader
            emulator.finger(FingerprintModuleEmulator.fingerOf(
                    CardLibrary.bundled().get(IdCardConfiguration.SIMULATED_CARD).fingerprints().getFirst()));
            return emulator;
        });
    }

    @Bean(destroyMethod = "close")
    FingerprintModule fingerprintModule(FingerprintProperties fingerprint, Optional<SimulatedDevice<FingerprintModuleEmulator>> simulated) {
        String port = switch (fingerprint.connection()) {
            case SIMULATED -> simulated.orElseThrow().serialPort();
            case SERIAL -> fingerprint.serialPort();
        };
        FingerprintModule.Options standard = FingerprintModule.Options.standard();
        FingerprintModule module = new FingerprintModule("fingerprint", new Endpoint.Serial(SerialSettings.of(port, fingerprint.baudRate())),
                new FingerprintModule.Options(standard.address(), (int) fingerprint.password(), standard.processingTime(),
                        standard.pollInterval(), standard.backoff(), standard.fingerPollInterval()),
                Clock.systemDefaultZone());
        module.start();
        return module;
    }

    @Bean(destroyMethod = "close")
    SqliteConsentStore consentStore(KioskProperties kiosk) throws ConsentStoreException {
        return new SqliteConsentStore(KioskDatabase.file(kiosk.dataDir()));
    }

    @Bean
    FingerprintVerification fingerprintVerification(FingerprintModule module, SqliteConsentStore consents, FingerprintProperties fingerprint) {
        return new FingerprintVerification(module, consents,
                new FingerprintVerification.Settings(fingerprint.threshold(), fingerprint.maxAttempts(), fingerprint.captureTimeout()));
    }
}
