package org.kiosk.app.ui.service;

/** The citizen's rating of the service, sent with the case number (kept until then for a provisional receipt). */
public interface ServiceRating {

    /** The five levels of the government service rating. */
    enum Level { VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED }

    void rate(Applications.Submission submission, Level level);
}
