package org.kiosk.app.simulation;

/**
 * What a scripted journey does to the simulated devices, as a citizen or a fault would: cards and passports placed and
 * taken away, a passport's photo page under the scanner, a finger on the sensor, the printer's paper, the platform's
 * reachability. Operations whose device is not simulated
 * fail with {@link IllegalStateException}.
 */
public interface SimulationControl {

    /** Places the bundled test card {@code name} on the reader (taking any other card away first). */
    void placeCard(String name);

    /** Takes the card off the reader. */
    void removeCard();

    /** Lays test passport {@code holder} ({@link SimulatedPassport#holders()}) on the passport reader, taking any other off. */
    void placePassport(String holder);

    /** Takes the passport off the reader. */
    void removePassport();

    /** Holds test passport {@code holder}'s photo page under the scanner: its machine-readable zone is scanned. */
    void scanPassportZone(String holder);

    /** The finger on the sensor is the holder's of the bundled test card {@code name}. */
    void fingerOf(String cardName);

    /** A finger that matches no card lies on the sensor. */
    void strangerFinger();

    /** Paper in the printer, or none. */
    void paperOut(boolean out);

    /** Whether the platform answers the kiosk. */
    void platformReachable(boolean reachable);
}
