package org.kiosk.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One opening period within a day, from {@code opens} (inclusive) to {@code closes} (exclusive). */
public record Session(LocalTime opens, LocalTime closes) {

    public Session {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a session must open before it closes: " + opens + "-" + closes);
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * Parses {@code HH:MM-HH:MM[,HH:MM-HH:MM...]}, sessions in order and not overlapping; an empty text is no
     * session at all.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static List<Session> parseList(String text) {
        List<Session> sessions = new ArrayList<>();
        if (text.isBlank()) {
            return sessions;
        }
        for (String part : text.split(",")) {
            String[] times = part.strip().split("-", -1);
            if (times.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not HH:MM-HH:MM");
            }
            Session session;
            try {
                session = new Session(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not HH:MM-HH:MM");
            }
            if (!sessions.isEmpty() && session.opens().isBefore(sessions.getLast().closes())) {
                throw new IllegalArgumentException("session " + session + " overlaps or precedes "
                        + sessions.getLast());
            }
            sessions.add(session);
        }
        return sessions;
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
