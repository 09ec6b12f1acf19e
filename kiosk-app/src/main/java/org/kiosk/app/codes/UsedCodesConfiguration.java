package org.kiosk.app.codes;

import java.io.IOException;
import java.sql.SQLException;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.storage.KioskDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kiosk's memory of used single-use codes, in its SQLite file. */
@Configuration(proxyBeanMethods = false)
public class UsedCodesConfiguration {

    @Bean(destroyMethod = "close")
    SqliteReplayStore usedCodes(KioskProperties kiosk) throws SQLException, IOException {
        return new SqliteReplayStore(KioskDatabase.file(kiosk.dataDir()));
    }
}
