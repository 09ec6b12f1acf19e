package org.kiosk.app.idcard;

import java.time.Clock;
import java.util.Optional;
import org.kiosk.app.config.IdCardProperties;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ID-card reader as configured under {@code kiosk.idcard.*}, watching for cards. */
@Configuration(proxyBeanMethods = false)
public class IdCardConfiguration {

    /** The simulated reader starts with the test card that carries two fingerprint templates. */
    public static final String SIMULATED_CARD = "resident-fp2";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiosk.idcard.connection", havingValue = "simulated", matchIfMissing = true)
    SimulatedDevice<IdCardReaderEmulator> simulatedIdCardReader(IdCardProperties idcard) {
        return SimulatedDevice.startOrUnplugged("id-card-reader", device -> {
            IdCardReaderEmulator emulator = IdCardReaderEmulator.builder().serial(device).baud(idcard.baudRate())
                    .card(CardLibrary.bundled().get(SIMULATED_CARD)).build();
            emulator.start();
            return emulator;
        });
    }

    @Bean(destroyMethod = "close")
    IdCardReader idCardReader(IdCardProperties idcard, Optional<SimulatedDevice<IdCardReaderEmulator>> simulated) {
        String port = switch (idcard.connection()) {
            case SIMULATED -> simulated.orElseThrow().serialPort();
            case SERIAL -> idcard.serialPort();
        };
        IdCardReader.Options watching = IdCardReader.Options.watching(idcard.pollInterval(), idcard.readFingerprints());
        IdCardReader reader = new IdCardReader("idcard", new Endpoint.Serial(SerialSettings.of(port, idcard.baudRate())),
                new IdCardReader.Options(watching.processingTime(), watching.pollInterval(), Backoff.standard(), true,
                        idcard.readFingerprints()), Clock.systemDefaultZone());
        reader.start();
        return reader;
    }
}
