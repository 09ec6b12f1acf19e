package org.kiosk.app.simulation;

/**
 * What a scripted journey does to the simulated devices, as a citizen or a fault would: cards placed and taken away,
 * a finger on the sensor, a phone's code shown to the QR scanner, the printer's paper, the platform's reachability. Operations whose device is not simulated
 * fail with {@link IllegalStateException}.
 */
public interface SimulationControl {

    /** Places the bundled test card {@code name} on the reader (taking any other card away first). */
    void placeCard(String name);

    /** Takes the card off the reader. */
    void removeCard();

    /** The finger on the sensor is the holder's of the bundled test card {@code name}. */
    void fingerOf(String cardName);

    /** A finger that matches no card lies on the sensor. */
    void strangerFinger();

    /**
     * A phone app shows the e-ID code of the platform simulator's sample citizen {@code citizen} (e.g.
     * {@code resident-01}) to the QR scanner: a fresh code, or with {@code expired} one whose lifetime is over.
     *
     * @return the code's text (it carries no personal data), to show it again with {@link #showCode}
     */
    String showPhoneEid(String citizen, boolean expired);

    /** Holds {@code text} (any code, or one shown before) to the QR scanner. */
    void showCode(String text);

    /** Paper in the printer, or none. */
    void paperOut(boolean out);

    /** Whether the platform answers the kiosk. */
    void platformReachable(boolean reachable);
}
