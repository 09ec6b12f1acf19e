package org.kiosk.app.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One government service matter (事项) as the kiosk presents it. A screen or journey holds the record it was given,
 * so a catalogue refreshed meanwhile does not change a citizen's matter or form under them.
 *
 * @param id              stable identifier within its catalogue
 * @param name            what the citizen sees
 * @param needed          what to bring or have ready, one item each
 * @param hours           when the kiosk and the counters handle it
 * @param counter         where the same matter is handled at a counter
 * @param applicationForm the form when the kiosk takes applications for it, else null (counter only)
 * @param platformTerms   the platform catalogue's terms, null for a bundled matter (the centre's settings apply)
 */
public record Matter(String id, LocalizedText name, List<LocalizedText> needed, LocalizedText hours, LocalizedText counter,
                     ApplicationForm applicationForm, PlatformTerms platformTerms) {

    public Matter {
        needed = List.copyOf(needed);
    }

    /** A matter handled at the counter only, without platform terms. */
    public Matter(String id, LocalizedText name, List<LocalizedText> needed, LocalizedText hours, LocalizedText counter) {
        this(id, name, needed, hours, counter, null, null);
    }

    public Optional<ApplicationForm> application() {
        return Optional.ofNullable(applicationForm);
    }

    public Optional<PlatformTerms> terms() {
        return Optional.ofNullable(platformTerms);
    }
}
