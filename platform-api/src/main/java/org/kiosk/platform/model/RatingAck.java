package org.kiosk.platform.model;

import java.time.Instant;

/** The platform recorded the rating of {@code caseNumber} (a later rating of the same case replaces it). */
public record RatingAck(String caseNumber, ServiceRating.Level level, Instant recordedAt) {
}
