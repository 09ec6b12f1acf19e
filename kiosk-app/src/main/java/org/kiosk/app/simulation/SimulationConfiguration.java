package org.kiosk.app.simulation;

import java.util.Optional;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The control scripted journeys drive the simulated devices with (whichever of them are simulated). */
@Configuration(proxyBeanMethods = false)
public class SimulationConfiguration {

    @Bean
    SimulationControl simulationControl(ObjectProvider<SimulatedDevice<IdCardReaderEmulator>> reader,
            ObjectProvider<SimulatedDevice<FingerprintModuleEmulator>> fingerprint, ObjectProvider<SimulatedDevice<PrinterEmulator>> printer,
            ObjectProvider<EmulatorControl.PlatformSwitch> platform, ObjectProvider<SimulatedPassport> passport,
            ObjectProvider<SimulatedDevice<QrScannerEmulator>> scanner, ObjectProvider<EmulatorControl.PlatformAppointments> appointments,
            ObjectProvider<EmulatorControl.PhoneEids> phoneEids) {
        return new EmulatorControl(Optional.ofNullable(reader.getIfAvailable()).flatMap(SimulatedDevice::running),
                Optional.ofNullable(fingerprint.getIfAvailable()).flatMap(SimulatedDevice::running),
                Optional.ofNullable(printer.getIfAvailable()).flatMap(SimulatedDevice::running),
                Optional.ofNullable(platform.getIfAvailable()), Optional.ofNullable(passport.getIfAvailable()),
                Optional.ofNullable(scanner.getIfAvailable()).flatMap(SimulatedDevice::running),
                Optional.ofNullable(appointments.getIfAvailable()), Optional.ofNullable(phoneEids.getIfAvailable()));
    }
}
