package org.kiosk.app.simulation;

import java.util.Optional;
import org.kiosk.platform.model.Appointment;

/**
 * What a scripted journey does to the simulated devices, as a citizen or a fault would: cards and passports placed and
 * taken away, a passport's photo page, a phone's e-ID code or another code under the QR scanner, a finger on the
 * sensor, the printer's paper, the platform's reachability and its appointments. Operations whose device is not
 * simulated fail with {@link IllegalStateException}.
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

    /**
     * A phone app shows the e-ID code of the platform simulator's sample citizen {@code citizen} (e.g.
     * {@code resident-01}) to the QR scanner: a fresh code, or with {@code expired} one whose lifetime is over.
     *
     * @return the code's text (it carries no personal data), to show it again with {@link #scanCode}
     */
    String showPhoneEid(String citizen, boolean expired);

    /** Paper in the printer, or none. */
    void paperOut(boolean out);

    /** Whether the platform answers the kiosk. */
    void platformReachable(boolean reachable);

    /** Holds {@code text} under the QR scanner, as a citizen holds a slip or a phone (once the kiosk has the port open). */
    void scanCode(String text);

    /**
     * An appointment at this kiosk's centre for the matter it books, whose slot starts at the next minute whatever the
     * day and hour, booked on the simulated platform as if the citizen had booked it earlier; empty when the platform
     * is a real one.
     */
    Optional<Appointment> appointmentStartingNow();
}
