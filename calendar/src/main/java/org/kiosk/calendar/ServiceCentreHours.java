package org.kiosk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A service centre's counter hours, as configured.
 *
 * @param region           whose working-day calendar the centre keeps
 * @param workingDays      counter sessions on every working day; the gap between two is the lunch break
 * @param extended         extra sessions on working days falling on the given weekdays (extended evening hours)
 * @param weekendDuty      sessions on Saturdays or Sundays that are neither working days nor holidays (duty days)
 * @param dutyDates        sessions on the given dates in place of any other rule (holiday duty; an empty list closes)
 * @param halfDayCloses    when the counter closes on a half-day closure (Macao's New Year's Eve afternoons)
 * @param acceptanceCutoff acceptance after this time of a working day counts from the next working day
 */
public record ServiceCentreHours(
        Region region,
        List<Session> workingDays,
        Map<DayOfWeek, List<Session>> extended,
        Map<DayOfWeek, List<Session>> weekendDuty,
        Map<LocalDate, List<Session>> dutyDates,
        LocalTime halfDayCloses,
        LocalTime acceptanceCutoff) {

    /** The keys {@link #fromProperties} understands; {@code <day>} is a weekday name, {@code <date>} ISO. */
    public static final List<String> KEYS = List.of("region", "working-days", "extended.<day>",
            "weekend.<saturday|sunday>", "duty.<date>", "half-day-closes", "cutoff");

    public ServiceCentreHours {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(halfDayCloses, "halfDayCloses");
        Objects.requireNonNull(acceptanceCutoff, "acceptanceCutoff");
        workingDays = List.copyOf(workingDays);
        extended = copy(extended);
        weekendDuty = copy(weekendDuty);
        for (DayOfWeek day : weekendDuty.keySet()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("weekend duty on a " + day);
            }
        }
        Map<LocalDate, List<Session>> dates = new TreeMap<>();
        dutyDates.forEach((date, sessions) -> dates.put(date, List.copyOf(sessions)));
        dutyDates = Collections.unmodifiableMap(dates);
        for (DayOfWeek day : extended.keySet()) {
            merged(workingDays, extended.get(day));
        }
    }

    /**
     * Hours from flat configuration: {@code region=CN}, {@code working-days=09:00-12:00,13:30-17:30},
     * {@code extended.wednesday=17:30-20:00}, {@code weekend.saturday=09:00-12:00},
     * {@code duty.2026-10-03=09:00-12:00}, {@code half-day-closes=12:00} (default 12:00) and {@code cutoff=16:30}
     * (default: when the last working-day session closes).
     *
     * @throws HoursConfigException naming the key at fault and what it accepts
     */
    public static ServiceCentreHours fromProperties(Map<String, String> properties) throws HoursConfigException {
        Region region = null;
        List<Session> workingDays = null;
        Map<DayOfWeek, List<Session>> extended = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Session>> weekend = new EnumMap<>(DayOfWeek.class);
        Map<LocalDate, List<Session>> duty = new TreeMap<>();
        LocalTime halfDay = LocalTime.NOON;
        LocalTime cutoff = null;
        for (Map.Entry<String, String> entry : new TreeMap<>(properties).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (key.equals("region")) {
                region = Region.parse(value).orElseThrow(() ->
                        new HoursConfigException(key, "'" + value + "' is not one of CN, HK, MO"));
            } else if (key.equals("working-days")) {
                workingDays = sessions(key, value);
            } else if (key.startsWith("extended.")) {
                extended.put(day(key, key.substring("extended.".length())), sessions(key, value));
            } else if (key.startsWith("weekend.")) {
                DayOfWeek day = day(key, key.substring("weekend.".length()));
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    throw new HoursConfigException(key, "weekend duty is for saturday or sunday");
                }
                weekend.put(day, sessions(key, value));
            } else if (key.startsWith("duty.")) {
                try {
                    duty.put(LocalDate.parse(key.substring("duty.".length())), sessions(key, value));
                } catch (DateTimeParseException e) {
                    throw new HoursConfigException(key, "the date after 'duty.' is not an ISO date (YYYY-MM-DD)");
                }
            } else if (key.equals("half-day-closes")) {
                halfDay = time(key, value);
            } else if (key.equals("cutoff")) {
                cutoff = time(key, value);
            } else {
                throw new HoursConfigException(key, "unknown key (allowed: " + String.join(", ", KEYS) + ")");
            }
        }
        if (region == null) {
            throw new HoursConfigException("region", "missing (one of CN, HK, MO)");
        }
        if (workingDays == null || workingDays.isEmpty()) {
            throw new HoursConfigException("working-days", "missing (HH:MM-HH:MM[,HH:MM-HH:MM...])");
        }
        if (cutoff == null) {
            cutoff = workingDays.getLast().closes();
        }
        for (Map.Entry<DayOfWeek, List<Session>> day : extended.entrySet()) {
            try {
                merged(workingDays, day.getValue());
            } catch (IllegalArgumentException e) {
                throw new HoursConfigException("extended." + day.getKey().name().toLowerCase(Locale.ROOT),
                        e.getMessage());
            }
        }
        return new ServiceCentreHours(region, workingDays, extended, weekend, duty, halfDay, cutoff);
    }

    /** The counter sessions of {@code date}, by the rules above and {@code calendar}'s working days. */
    public List<Session> sessionsOn(WorkingCalendar calendar, LocalDate date) {
        List<Session> duty = dutyDates.get(date);
        if (duty != null) {
            return duty;
        }
        if (calendar.isWorkingDay(date)) {
            List<Session> sessions = merged(workingDays, extended.getOrDefault(date.getDayOfWeek(), List.of()));
            boolean halfDay = calendar.entry(date).map(e -> e.kind() == DayKind.HALF_DAY).orElse(false);
            return halfDay ? closingAt(sessions, halfDayCloses) : sessions;
        }
        boolean holiday = calendar.entry(date).map(e -> e.kind() == DayKind.HOLIDAY).orElse(false);
        return holiday ? List.of() : weekendDuty.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private static List<Session> merged(List<Session> base, List<Session> extra) {
        if (extra.isEmpty()) {
            return base;
        }
        List<Session> all = new ArrayList<>(base);
        all.addAll(extra);
        all.sort(Comparator.comparing(Session::opens));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).opens().isBefore(all.get(i - 1).closes())) {
                throw new IllegalArgumentException("session " + all.get(i) + " overlaps " + all.get(i - 1));
            }
        }
        return List.copyOf(all);
    }

    private static List<Session> closingAt(List<Session> sessions, LocalTime closes) {
        List<Session> clipped = new ArrayList<>();
        for (Session s : sessions) {
            if (s.opens().isBefore(closes)) {
                clipped.add(new Session(s.opens(), s.closes().isAfter(closes) ? closes : s.closes()));
            }
        }
        return clipped;
    }

    private static Map<DayOfWeek, List<Session>> copy(Map<DayOfWeek, List<Session>> byDay) {
        Map<DayOfWeek, List<Session>> copy = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, sessions) -> copy.put(day, List.copyOf(sessions)));
        return Collections.unmodifiableMap(copy);
    }

    private static List<Session> sessions(String key, String value) throws HoursConfigException {
        try {
            return Session.parseList(value);
        } catch (IllegalArgumentException e) {
            throw new HoursConfigException(key, e.getMessage() + " (expected HH:MM-HH:MM[,HH:MM-HH:MM...])");
        }
    }

    private static DayOfWeek day(String key, String name) throws HoursConfigException {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HoursConfigException(key, "'" + name + "' is not a weekday name (monday ... sunday)");
        }
    }

    private static LocalTime time(String key, String value) throws HoursConfigException {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new HoursConfigException(key, "'" + value + "' is not a time HH:MM");
        }
    }
}
