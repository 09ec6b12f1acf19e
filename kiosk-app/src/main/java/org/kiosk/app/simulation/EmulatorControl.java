package org.kiosk.app.simulation;

import java.time.Duration;
import java.util.Optional;
import org.kiosk.platform.model.Appointment;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.qr.QrScannerEmulator;

/**
 * The simulation driven through the emulators behind the kiosk's ptys, the virtual passports on the simulated pcscd, and the
 * platform simulator when it runs.
 */
public final class EmulatorControl implements SimulationControl {

    /** Takes the platform away and brings it back. */
    public interface PlatformSwitch {
        void reachable(boolean reachable);
    }

    /** Books appointments on the simulated platform that start now. */
    public interface PlatformAppointments {
        Appointment startingNow();
    }

    /** Makes the e-ID codes a citizen's phone app would show. */
    public interface PhoneEids {
        /** The code text for the platform's sample citizen {@code citizen}; {@code expired}: its lifetime already over. */
        String issue(String citizen, boolean expired);
    }

    /** How long a scanner emulator may wait for the kiosk's driver to have its port open. */
    private static final Duration SCANNER_HOST_WAIT = Duration.ofSeconds(10);

    private final Optional<IdCardReaderEmulator> reader;
    private final Optional<FingerprintModuleEmulator> fingerprint;
    private final Optional<PrinterEmulator> printer;
    private final Optional<PlatformSwitch> platform;
    private final Optional<SimulatedPassport> passport;
    private final Optional<QrScannerEmulator> scanner;
    private final Optional<PlatformAppointments> appointments;
    private final Optional<PhoneEids> phoneEids;
    private final CardLibrary cards = CardLibrary.bundled();

    public EmulatorControl(Optional<IdCardReaderEmulator> reader, Optional<FingerprintModuleEmulator> fingerprint,
            Optional<PrinterEmulator> printer, Optional<PlatformSwitch> platform, Optional<SimulatedPassport> passport,
            Optional<QrScannerEmulator> scanner, Optional<PlatformAppointments> appointments, Optional<PhoneEids> phoneEids) {
        this.reader = reader;
        this.fingerprint = fingerprint;
        this.printer = printer;
        this.platform = platform;
        this.passport = passport.filter(SimulatedPassport::running);
        this.scanner = scanner;
        this.appointments = appointments;
        this.phoneEids = phoneEids;
    }

    @Override
    public void placeCard(String name) {
        Card card = cards.get(name);
        IdCardReaderEmulator emulator = simulated(reader, "ID-card reader");
        emulator.remove();
        emulator.place(card);
    }

    @Override
    public void removeCard() {
        simulated(reader, "ID-card reader").remove();
    }

    @Override
    public void placePassport(String holder) {
        simulated(passport, "passport reader").place(holder);
    }

    @Override
    public void removePassport() {
        simulated(passport, "passport reader").remove();
    }

    @Override
    public void scanPassportZone(String holder) {
        if (!simulated(scanner, "QR scanner").burst(SimulatedPassport.zone(holder))) {
            throw new IllegalStateException("the simulated QR scanner is unplugged");
        }
    }

    @Override
    public void fingerOf(String cardName) {
        Card card = cards.get(cardName);
        if (card.fingerprints().isEmpty()) {
            throw new IllegalArgumentException("test card '" + cardName + "' carries no fingerprint");
        }
        simulated(fingerprint, "fingerprint module").finger(FingerprintModuleEmulator.fingerOf(card.fingerprints().getFirst()));
    }

    @Override
    public void strangerFinger() {
        simulated(fingerprint, "fingerprint module").finger(FingerprintModuleEmulator.strangerFinger());
    }

    @Override
    public String showPhoneEid(String citizen, boolean expired) {
        String code = simulated(phoneEids, "platform").issue(citizen, expired);
        scanCode(code);
        return code;
    }

    @Override
    public void paperOut(boolean out) {
        simulated(printer, "printer").setState(out ? PrinterSimState.PAPER_OUT : PrinterSimState.PAPER_OK);
    }

    @Override
    public void platformReachable(boolean reachable) {
        platform.ifPresent(p -> p.reachable(reachable));
    }

    @Override
    public void scanCode(String text) {
        QrScannerEmulator emulator = simulated(scanner, "QR scanner");
        try {
            if (!emulator.awaitHost(SCANNER_HOST_WAIT) || !emulator.scan(text)) {
                throw new IllegalStateException("the kiosk did not take the scan: the QR scanner's port is not open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the QR scanner's port to open", e);
        }
    }

    @Override
    public Optional<Appointment> appointmentStartingNow() {
        return appointments.map(PlatformAppointments::startingNow);
    }

    private static <T> T simulated(Optional<T> device, String what) {
        return device.orElseThrow(() -> new IllegalStateException("the " + what + " is not simulated"));
    }
}
