package org.kiosk.platform.model;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A service matter of the catalogue. The three codes are opaque; the implementation code begins with the implementing
 * body's unified social credit code.
 *
 * @param acceptedDocuments the identity documents it accepts; types this version does not know are left out
 * @param theme             the citizen-facing theme it is listed under, or null when the platform gives none
 */
public record Matter(String basicCode, String implementationCode, String businessItemCode, LocalizedText department,
                     LocalizedText name, IdentityLevel identityLevel,
                     @JsonDeserialize(contentUsing = KnownDocumentType.class) List<DocumentType> acceptedDocuments,
                     boolean fingerprintOffered, FormSchema form, Availability availability, int committedWorkingDays,
                     Region calendarRegion, boolean crossBoundary, CounterAlternative counterAlternative, MatterTheme theme) {
    public Matter {
        acceptedDocuments = acceptedDocuments == null ? List.of() : acceptedDocuments.stream().filter(Objects::nonNull).toList();
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
