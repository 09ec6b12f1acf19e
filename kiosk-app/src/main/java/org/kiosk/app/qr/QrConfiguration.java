package org.kiosk.app.qr;

import java.time.Clock;
import java.util.Optional;
import org.kiosk.app.config.QrProperties;
import org.kiosk.app.simulation.SimulatedDevice;
import org.kiosk.device.qr.QrScanner;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.qr.Suffix;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The QR scanner as configured under {@code kiosk.qr.*}. Screens take scans through {@link QrScanner#arm}. */
@Configuration(proxyBeanMethods = false)
public class QrConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "kiosk.qr.connection", havingValue = "simulated", matchIfMissing = true)
    SimulatedDevice<QrScannerEmulator> simulatedQrScanner(QrProperties qr) {
        return SimulatedDevice.startOrUnplugged("qr-scanner", device -> {
            // the emulator set up as the configured scanner would be, so the configured framing is exercised
            QrScannerEmulator emulator = QrScannerEmulator.builder().serial(device).baud(qr.baudRate())
                    .suffix(Suffix.valueOf(qr.framing().suffix().name())).prefix(qr.prefixBytes()).build();
            emulator.start();
            return emulator;
        });
    }

    @Bean(destroyMethod = "close")
    QrScanner qrScanner(QrProperties qr, Optional<SimulatedDevice<QrScannerEmulator>> simulated) {
        String port = switch (qr.connection()) {
            case SIMULATED -> simulated.orElseThrow().serialPort();
            case SERIAL -> qr.serialPort();
        };
        QrScanner.Options options = new QrScanner.Options(qr.framing(), qr.gb18030Fallback(), qr.duplicateWindow(),
                qr.mrzLineGap(), QrScanner.Options.standard().readSlice(), QrScanner.Options.standard().backoff());
        QrScanner scanner = new QrScanner("qr", new Endpoint.Serial(SerialSettings.of(port, qr.baudRate())), options,
                Clock.systemDefaultZone());
        scanner.start();
        return scanner;
    }
}
