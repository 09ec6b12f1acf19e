package org.kiosk.app.passport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.PassportProperties;
import org.kiosk.app.journey.ChipIdentification;
import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.TrustStoreException;
import org.kiosk.device.qr.QrScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The passport reader as configured under {@code kiosk.passport.*}, watching its PC/SC reader, and the citizen's
 * identification by it. Only when {@code kiosk.passport.enabled=true}: it needs pcscd (for the simulated passport:
 * pcscd with vsmartcard-vpcd and {@code scripts/passport-sim}); or on the simulated stack's own pcscd and test passports
 * when {@code kiosk.simulation.passport=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${kiosk.passport.enabled:false} or ${kiosk.simulation.passport:false}")
public class PassportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PassportConfiguration.class);

    /** The simulated stack's pcscd and test passports, started before the reader that watches them. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiosk.simulation.passport", havingValue = "true")
    SimulatedPassport simulatedPassport(KioskProperties kiosk) {
        return SimulatedPassport.startOrAbsent(kiosk.dataDir().resolve("simulation").resolve("csca").toAbsolutePath());
    }

    @Bean
    CscaTrustStore cscaTrustStore(PassportProperties passport, Optional<SimulatedPassport> simulated) {
        Optional<Path> simulatedStore = simulated.flatMap(SimulatedPassport::trustStore);
        if (simulatedStore.isPresent()) {
            return load(simulatedStore.get(), null);
        }
        if (passport.cscaStore() == null) {
            log.warn("kiosk.passport.csca-store is not set: no passport's data can be verified (NOT_VERIFIABLE)");
            return CscaTrustStore.empty();
        }
        return load(passport.cscaStore(), passport.cscaStorePassword() == null ? null : passport.cscaStorePassword().toCharArray());
    }

    private static CscaTrustStore load(Path store, char[] password) {
        try {
            CscaTrustStore trusted = CscaTrustStore.load(store, password);
            log.info("CSCA trust store: {} certificates", trusted.certificates().size());
            return trusted;
        } catch (TrustStoreException e) {
            throw new IllegalArgumentException("kiosk.passport.csca-store: " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    PassportReader passportReader(PassportProperties passport, CscaTrustStore trustStore, Optional<SimulatedPassport> simulated) {
        Pcsc.useLibrary(passport.pcscLibrary());
        Pattern name = simulated.isPresent() ? SimulatedPassport.READER : passport.readerPattern();
        PassportReader reader = new PassportReader("passport",
                new PassportReader.Options(name, passport.pollInterval(), trustStore), Clock.systemDefaultZone());
        reader.start();
        return reader;
    }

    /** Identification by passport; none when the simulated reader did not start (the screens offer the other ways). */
    @Bean
    PassportIdentification passportIdentification(PassportReader reader, PassportProperties passport, ObjectProvider<QrScanner> scanner,
            ExecutorService journeyExecutor, Optional<SimulatedPassport> simulated) {
        if (simulated.isPresent() && !simulated.get().running()) {
            return PassportIdentification.NONE;
        }
        return new ChipIdentification(reader, Optional.ofNullable(scanner.getIfAvailable()), Clock.systemDefaultZone(),
                journeyExecutor, passport.chipWait());
    }
}
