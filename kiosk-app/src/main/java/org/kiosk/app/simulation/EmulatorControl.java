package org.kiosk.app.simulation;

import java.time.Duration;
import java.util.Optional;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;
import org.kiosk.sim.qr.QrScannerEmulator;

/** The simulation driven through the emulators behind the kiosk's ptys, and the platform simulator when it runs. */
public final class EmulatorControl implements SimulationControl {

    /** Takes the platform away and brings it back. */
    public interface PlatformSwitch {
        void reachable(boolean reachable);
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
    private final Optional<QrScannerEmulator> scanner;
    private final Optional<PlatformSwitch> platform;
    private final Optional<PhoneEids> phoneEids;
    private final CardLibrary cards = CardLibrary.bundled();

    public EmulatorControl(Optional<IdCardReaderEmulator> reader, Optional<FingerprintModuleEmulator> fingerprint,
            Optional<PrinterEmulator> printer, Optional<QrScannerEmulator> scanner, Optional<PlatformSwitch> platform,
            Optional<PhoneEids> phoneEids) {
        this.reader = reader;
        this.fingerprint = fingerprint;
        this.printer = printer;
        this.scanner = scanner;
        this.platform = platform;
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
        showCode(code);
        return code;
    }

    @Override
    public void showCode(String text) {
        QrScannerEmulator emulator = simulated(scanner, "QR scanner");
        try {
            if (!emulator.awaitHost(SCANNER_HOST_WAIT) || !emulator.scan(text)) {
                throw new IllegalStateException("the QR scanner emulator has no connected host: the kiosk's scanner is not listening");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the kiosk's QR scanner", e);
        }
    }

    @Override
    public void paperOut(boolean out) {
        simulated(printer, "printer").setState(out ? PrinterSimState.PAPER_OUT : PrinterSimState.PAPER_OK);
    }

    @Override
    public void platformReachable(boolean reachable) {
        platform.ifPresent(p -> p.reachable(reachable));
    }

    private static <T> T simulated(Optional<T> device, String what) {
        return device.orElseThrow(() -> new IllegalStateException("the " + what + " is not simulated"));
    }
}
