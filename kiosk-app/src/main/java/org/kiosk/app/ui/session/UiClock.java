package org.kiosk.app.ui.session;

/**
 * Monotonic time for the screens' timers. The kiosk uses {@link #system()}; tests and scripted journeys use
 * {@link ManualUiClock} and move time forward themselves.
 */
@FunctionalInterface
public interface UiClock {

    /** Nanoseconds from an arbitrary origin; only differences mean anything. */
    long nanos();

    static UiClock system() {
        return System::nanoTime;
    }
}
