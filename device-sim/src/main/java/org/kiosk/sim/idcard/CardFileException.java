package org.kiosk.sim.idcard;

import java.io.IOException;

/** A card file that cannot be read or does not describe a card; the message names the file and the problem. */
public final class CardFileException extends IOException {

    CardFileException(String source, String problem) {
        super("card file " + source + ": " + problem);
    }

    CardFileException(String source, String problem, Throwable cause) {
        super("card file " + source + ": " + problem, cause);
    }
}
