package org.kiosk.app.catalogue;

import java.util.List;

/**
 * One government service matter (事项) as the kiosk presents it.
 *
 * @param id      stable identifier, lower-case letters, digits and '-'
 * @param name    what the citizen sees
 * @param needed  what to bring or have ready, one item each
 * @param hours   when the kiosk and the counters handle it
 * @param counter where the same matter is handled at a counter
 */
public record Matter(String id, LocalizedText name, List<LocalizedText> needed, LocalizedText hours, LocalizedText counter) {

    public Matter {
        needed = List.copyOf(needed);
    }
}
