package org.kiosk.platform.model;

import java.time.Instant;
import java.time.LocalDate;

/** The platform's reply to an accepted application. */
public record ApplicationAccepted(String caseNumber, String implementationCode, Instant acceptedAt, LocalDate committedCompletion,
                                  String trackingCode) {
}
