package org.kiosk.app.catalogue;

import java.util.List;
import java.util.Objects;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.Region;

/**
 * What the platform's catalogue says of a matter beyond its texts.
 *
 * @param identityLevel        how strongly the applicant must be identified
 * @param acceptedDocuments    the identity documents the matter accepts
 * @param fingerprintOffered   whether fingerprint verification is offered (always with the counter as alternative)
 * @param committedWorkingDays working days from acceptance to the committed completion date
 * @param afterHoursAcceptance whether an application outside the counter's hours is accepted and queued for staff
 * @param calendarRegion       whose working-day calendar counts those days
 * @param counterAppointment   whether a counter appointment can be booked for it
 */
public record PlatformTerms(IdentityLevel identityLevel, List<DocumentType> acceptedDocuments, boolean fingerprintOffered,
                            int committedWorkingDays, boolean afterHoursAcceptance, Region calendarRegion, boolean counterAppointment) {

    public PlatformTerms {
        Objects.requireNonNull(identityLevel, "identityLevel");
        acceptedDocuments = List.copyOf(acceptedDocuments);
        Objects.requireNonNull(calendarRegion, "calendarRegion");
    }
}
