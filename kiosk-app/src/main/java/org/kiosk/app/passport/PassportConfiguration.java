package org.kiosk.app.passport;

import java.time.Clock;
import org.kiosk.app.config.PassportProperties;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.TrustStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The passport reader as configured under {@code kiosk.passport.*}, watching its PC/SC reader. Only when
 * {@code kiosk.passport.enabled=true}: it needs pcscd (for the simulated passport: pcscd with vsmartcard-vpcd and
 * {@code scripts/passport-sim}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosk.passport.enabled", havingValue = "true")
public class PassportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PassportConfiguration.class);

    @Bean
    CscaTrustStore cscaTrustStore(PassportProperties passport) {
        if (passport.cscaStore() == null) {
            log.warn("kiosk.passport.csca-store is not set: no passport's data can be verified (NOT_VERIFIABLE)");
            return CscaTrustStore.empty();
        }
        try {
            char[] password = passport.cscaStorePassword() == null ? null : passport.cscaStorePassword().toCharArray();
            CscaTrustStore store = CscaTrustStore.load(passport.cscaStore(), password);
            log.info("CSCA trust store: {} certificates", store.certificates().size());
            return store;
        } catch (TrustStoreException e) {
            throw new IllegalArgumentException("kiosk.passport.csca-store: " + e.getMessage(), e);
        }
    }

    @Bean(destroyMethod = "close")
    PassportReader passportReader(PassportProperties passport, CscaTrustStore trustStore) {
        Pcsc.useLibrary(passport.pcscLibrary());
        PassportReader reader = new PassportReader("passport",
                new PassportReader.Options(passport.readerPattern(), passport.pollInterval(), trustStore), Clock.systemDefaultZone());
        reader.start();
        return reader;
    }
}
