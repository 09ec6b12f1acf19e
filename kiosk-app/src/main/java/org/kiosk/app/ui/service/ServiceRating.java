package org.kiosk.app.ui.service;

/** The citizen's rating of the service, sent with the case number (or the provisional reference). */
public interface ServiceRating {

    /** The five levels of the government service rating ("好差评"). */
    enum Level { VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED }

    void rate(String reference, Level level);
}
