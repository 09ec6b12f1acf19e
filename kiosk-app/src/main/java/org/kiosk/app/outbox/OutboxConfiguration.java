package org.kiosk.app.outbox;

import java.time.Clock;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.OutboxProperties;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox in the kiosk's database, with its key from {@code kiosk.outbox.keystore}, and its sender. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean(destroyMethod = "close")
    SqliteOutbox outboxStore(KioskProperties kiosk, OutboxProperties outbox) throws OutboxException {
        return SqliteOutbox.open(KioskDatabase.file(kiosk.dataDir()),
                new OutboxKeystore(outbox.keystoreIn(kiosk.dataDir()), outbox.keystorePasswordFileIn(kiosk.dataDir())), Clock.systemDefaultZone());
    }

    @Bean
    KioskOutbox kioskOutbox(SqliteOutbox store, ObjectProvider<ApplicationSubmitter> platform, OutboxProperties outbox, KioskProperties kiosk) {
        return new KioskOutbox(store, platform, outbox, kiosk, Clock.systemDefaultZone());
    }
}
