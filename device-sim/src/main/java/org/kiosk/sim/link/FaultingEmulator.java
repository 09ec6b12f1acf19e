package org.kiosk.sim.link;

import java.util.Objects;
import java.util.function.Function;

/**
 * An emulator whose replies tests can spoil with faults of type {@code F}; the device logic takes them from
 * {@link #faults()} as it replies.
 *
 * @param <L> the kind of link
 * @param <F> the emulator's fault
 */
public abstract class FaultingEmulator<L extends DeviceLink, F> extends LinkedEmulator<L> {

    private final FaultQueue<F> faults = new FaultQueue<>();

    protected FaultingEmulator(String name, Function<DeviceLink.Listener, L> connect) {
        super(name, connect);
    }

    /** Spoils the next reply {@code fault} acts on, once. */
    public void inject(F fault) {
        faults.add(Objects.requireNonNull(fault, "fault"), false);
    }

    /** Spoils every reply {@code fault} acts on, until {@link #clearFaults()}. */
    public void injectPersistent(F fault) {
        faults.add(Objects.requireNonNull(fault, "fault"), true);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Faults still armed: persistent ones, and one-shot ones not used yet. */
    public int pendingFaults() {
        return faults.size();
    }

    protected final FaultQueue<F> faults() {
        return faults;
    }
}
