package org.kiosk.platform.model;

import java.util.List;

/**
 * A service matter of the catalogue. The three codes are opaque; the implementation code begins with the implementing
 * body's unified social credit code.
 *
 * @param theme the citizen-facing theme it is listed under, or null when the platform gives none
 */
public record Matter(String basicCode, String implementationCode, String businessItemCode, LocalizedText department,
                     LocalizedText name, IdentityLevel identityLevel, List<DocumentType> acceptedDocuments,
                     boolean fingerprintOffered, FormSchema form, Availability availability, int committedWorkingDays,
                     Region calendarRegion, boolean crossBoundary, CounterAlternative counterAlternative, MatterTheme theme) {
    public Matter {
        acceptedDocuments = List.copyOf(acceptedDocuments);
    }

    /** A matter without a theme. */
    public Matter(String basicCode, String implementationCode, String businessItemCode, LocalizedText department,
                  LocalizedText name, IdentityLevel identityLevel, List<DocumentType> acceptedDocuments,
                  boolean fingerprintOffered, FormSchema form, Availability availability, int committedWorkingDays,
                  Region calendarRegion, boolean crossBoundary, CounterAlternative counterAlternative) {
        this(basicCode, implementationCode, businessItemCode, department, name, identityLevel, acceptedDocuments, fingerprintOffered,
                form, availability, committedWorkingDays, calendarRegion, crossBoundary, counterAlternative, null);
    }

    /** This matter listed under {@code newTheme}. */
    public Matter withTheme(MatterTheme newTheme) {
        return new Matter(basicCode, implementationCode, businessItemCode, department, name, identityLevel, acceptedDocuments,
                fingerprintOffered, form, availability, committedWorkingDays, calendarRegion, crossBoundary, counterAlternative, newTheme);
    }
}
