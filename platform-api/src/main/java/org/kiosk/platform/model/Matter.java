package org.kiosk.platform.model;

import java.util.List;

/**
 * A service matter of the catalogue. The three codes are opaque; the implementation code begins with the implementing
 * body's unified social credit code.
 */
public record Matter(String basicCode, String implementationCode, String businessItemCode, LocalizedText department,
                     LocalizedText name, IdentityLevel identityLevel, List<DocumentType> acceptedDocuments,
                     boolean fingerprintOffered, FormSchema form, Availability availability, int committedWorkingDays,
                     Region calendarRegion, boolean crossBoundary, CounterAlternative counterAlternative) {
    public Matter {
        acceptedDocuments = List.copyOf(acceptedDocuments);
    }
}
