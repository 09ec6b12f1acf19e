package org.kiosk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** A region's working days from its yearly data files, the weekday rule standing in for years without one. */
final class DataWorkingCalendar implements WorkingCalendar {

    private final Region region;
    private final Map<Integer, CalendarFile> years;

    DataWorkingCalendar(Region region, Map<Integer, CalendarFile> years) {
        this.region = Objects.requireNonNull(region, "region");
        this.years = Map.copyOf(years);
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Optional<CalendarEntry> entry = entry(date);
        if (entry.isPresent()) {
            return entry.get().kind() != DayKind.HOLIDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean isProvisional(LocalDate date) {
        return !years.containsKey(date.getYear());
    }

    @Override
    public WorkingDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS + ": " + n);
        }
        LocalDate date = from;
        boolean provisional = false;
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            provisional |= isProvisional(date);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return new WorkingDate(date, provisional);
    }

    @Override
    public WorkingDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        boolean provisional = isProvisional(day);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
            provisional |= isProvisional(day);
        }
        return new WorkingDate(day, provisional);
    }

    @Override
    public Optional<CalendarEntry> entry(LocalDate date) {
        CalendarFile file = years.get(date.getYear());
        return file == null ? Optional.empty() : file.entry(date);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + region + ", years " + new TreeSet<>(years.keySet()) + "]";
    }
}
