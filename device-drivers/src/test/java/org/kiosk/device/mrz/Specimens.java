package org.kiosk.device.mrz;

import java.util.List;

/** The ICAO Doc 9303 specimen zones (the fictional Anna Maria Eriksson of Utopia). */
final class Specimens {

    static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    /** The older specimen's second line, from the protocol notes: a document number padded with a filler. */
    static final List<String> TD3_PADDED_NUMBER = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");

    static final List<String> TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

    static final List<String> TD2 = List.of(
            "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "D231458907UTO7408122F1204159<<<<<<<6");

    private Specimens() {
    }

    /** The lines with one character replaced. */
    static List<String> replace(List<String> lines, int row, int at, char c) {
        String[] copy = lines.toArray(String[]::new);
        copy[row] = copy[row].substring(0, at) + c + copy[row].substring(at + 1);
        return List.of(copy);
    }
}
