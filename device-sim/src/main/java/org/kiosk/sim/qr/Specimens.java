package org.kiosk.sim.qr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ICAO Doc 9303 specimen zones (fictional Anna Maria Eriksson of Utopia), as a document scanner sends them. */
public final class Specimens {

    public static final List<String> TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    public static final List<String> TD2 = List.of(
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6");

    public static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    private Specimens() {
    }

    /** {@code td1}, {@code td2} or {@code td3}, any case. */
    public static Optional<List<String>> named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "td1" -> Optional.of(TD1);
            case "td2" -> Optional.of(TD2);
            case "td3" -> Optional.of(TD3);
            default -> Optional.empty();
        };
    }
}
