package org.kiosk.app.ui.headless;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kiosk.app.ui.appointments.AppointmentJourney;

/** The journeys {@code --headless --journey NAME} knows; a new journey is added to {@link #all()}. */
public final class Journeys {

    private Journeys() {
    }

    public static List<Journey> all() {
        return List.of(new TourJourney(), new ResidentFingerprintJourney(), new ConsentRefusedJourney(), new HkPermitJourney(),
                new PhoneEidJourney(), new PhoneEidRefusedJourney(), new AppointmentJourney(), new PlatformDownJourney(), new PaperOutJourney(),
                new CardPulledJourney(), new TimeoutJourney(), new PassportJourney(), new PassportTypedJourney(), new ExpiredPassportJourney(),
                new TransitionBenchmark(), new SessionMemoryBenchmark());
    }

    public static Optional<Journey> byName(String name) {
        Map<String, Journey> byName = new LinkedHashMap<>();
        all().forEach(j -> byName.put(j.name(), j));
        return Optional.ofNullable(byName.get(name));
    }

    public static String names() {
        return String.join(", ", all().stream().map(Journey::name).toList());
    }
}
