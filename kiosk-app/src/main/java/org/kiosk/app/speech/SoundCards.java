package org.kiosk.app.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Whether the kiosk has an audio output: ALSA lists its sound cards in {@code /proc/asound/cards}. */
public final class SoundCards {

    /** Where the kernel lists the sound cards. */
    public static final Path PROC_CARDS = Path.of("/proc/asound/cards");

    /** A card's first line: its index, then its id in brackets (" 0 [PCH            ]: HDA-Intel - HDA Intel PCH"). */
    private static final Pattern CARD = Pattern.compile("(?m)^\\s*\\d+\\s+\\[");

    private SoundCards() {
    }

    /** Whether {@code list} (in the format of {@link #PROC_CARDS}) names at least one card; false when it is absent. */
    public static boolean present(Path list) {
        try {
            return CARD.matcher(Files.readString(list)).find();
        } catch (IOException e) {
            // no ALSA in this kernel (or no /proc): no sound card the kiosk could use
            return false;
        }
    }
}
