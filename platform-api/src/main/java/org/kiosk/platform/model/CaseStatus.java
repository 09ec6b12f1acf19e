package org.kiosk.platform.model;

import java.time.Instant;
import java.time.LocalDate;

public record CaseStatus(String caseNumber, String implementationCode, Status status, Instant acceptedAt,
                         LocalDate committedCompletion, Instant updatedAt) {

    public enum Status { ACCEPTED, IN_PROGRESS, COMPLETED, REJECTED }
}
