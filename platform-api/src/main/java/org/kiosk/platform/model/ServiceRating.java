package org.kiosk.platform.model;

import java.util.Objects;

/**
 * The citizen's rating of the service for one case (the five levels of the government service rating), sent by the
 * kiosk with the case number and nothing personal.
 */
public record ServiceRating(Level level) {

    public enum Level { VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED }

    public ServiceRating {
        Objects.requireNonNull(level, "level");
    }
}
