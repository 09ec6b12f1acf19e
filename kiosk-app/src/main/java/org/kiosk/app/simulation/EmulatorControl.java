package org.kiosk.app.simulation;

import java.util.Optional;
import org.kiosk.sim.fingerprint.FingerprintModuleEmulator;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.printer.PrinterEmulator;
import org.kiosk.sim.printer.PrinterSimState;

/** The simulation driven through the emulators behind the kiosk's ptys, and the platform simulator when it runs. */
public final class EmulatorControl implements SimulationControl {

    /** Takes the platform away and brings it back. */
    public interface PlatformSwitch {
        void reachable(boolean reachable);
    }

    private final Optional<IdCardReaderEmulator> reader;
    private final Optional<FingerprintModuleEmulator> fingerprint;
    private final Optional<PrinterEmulator> printer;
    private final Optional<PlatformSwitch> platform;
    private final CardLibrary cards = CardLibrary.bundled();

    public EmulatorControl(Optional<IdCardReaderEmulator> reader, Optional<FingerprintModuleEmulator> fingerprint,
            Optional<PrinterEmulator> printer, Optional<PlatformSwitch> platform) {
        this.reader = reader;
        this.fingerprint = fingerprint;
        this.printer = printer;
        this.platform = platform;
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
