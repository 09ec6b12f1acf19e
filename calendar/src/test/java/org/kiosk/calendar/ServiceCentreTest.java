package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceCentreTest {

    private static final WorkingCalendars CALENDARS = WorkingCalendars.bundled();

    static final Map<String, String> GUANGZHOU = Map.of(
            "region", "CN",
            "working-days", "09:00-12:00,13:30-17:30",
            "extended.wednesday", "17:30-20:00",
            "weekend.saturday", "09:00-12:00",
            "duty.2025-10-03", "09:00-12:00",
            "cutoff", "17:00");

    private static ServiceCentre centre(Map<String, String> properties) throws HoursConfigException {
        return new ServiceCentre(ServiceCentreHours.fromProperties(properties), CALENDARS);
    }

    private static Instant at(Region region, String local) {
        return LocalDateTime.parse(local).atZone(region.zone()).toInstant();
    }

    @ParameterizedTest(name = "{0}: open {1}, next opening {2}")
    @CsvSource(textBlock = """
            # a Wednesday: morning, lunch break, afternoon, extended evening, closed at night
            2025-03-12T10:00, true,  2025-03-12T10:00
            2025-03-12T12:30, false, 2025-03-12T13:30
            2025-03-12T17:45, true,  2025-03-12T17:45
            2025-03-12T20:00, false, 2025-03-13T09:00
            # a Thursday evening has no extended hours
            2025-03-13T18:00, false, 2025-03-14T09:00
            # Saturday duty mornings; Sundays closed
            2025-03-15T10:00, true,  2025-03-15T10:00
            2025-03-15T12:00, false, 2025-03-17T09:00
            # National Day 2025: closed but for the duty morning of 3 October; Saturday 4 October is a holiday
            2025-09-30T22:00, false, 2025-10-03T09:00
            2025-10-01T10:00, false, 2025-10-03T09:00
            2025-10-03T12:00, false, 2025-10-09T09:00
            # make-up working days keep working-day hours, Sunday or Saturday
            2025-09-28T15:00, true,  2025-09-28T15:00
            2025-10-11T15:00, true,  2025-10-11T15:00
            # Spring Festival 2026: closed 15-23 February, Saturday 14 February worked in full
            2026-02-14T16:00, true,  2026-02-14T16:00
            2026-02-14T18:00, false, 2026-02-24T09:00
            """)
    void hoursAndNextOpening(String local, boolean open, String next) throws HoursConfigException {
        ServiceCentre centre = centre(GUANGZHOU);
        Instant instant = at(Region.CN, local);
        assertThat(centre.isCounterOpen(instant)).isEqualTo(open);
        assertThat(centre.nextOpening(instant))
                .contains(LocalDateTime.parse(next).atZone(Region.CN.zone()));
    }

    @Test
    void macaoHalfDaysCloseAtMidday() throws HoursConfigException {
        ServiceCentre macao = centre(Map.of("region", "MO", "working-days", "09:00-13:00,14:30-17:45"));
        assertThat(macao.isCounterOpen(at(Region.MO, "2026-02-16T11:00"))).isTrue();
        assertThat(macao.isCounterOpen(at(Region.MO, "2026-02-16T12:30"))).isFalse();
        assertThat(macao.nextOpening(at(Region.MO, "2026-02-16T12:00")))
                .contains(ZonedDateTime.of(2026, 2, 20, 9, 0, 0, 0, Region.MO.zone()));
        assertThat(macao.hours().acceptanceCutoff()).isEqualTo(LocalTime.of(17, 45));
    }

    @Test
    void aCentreThatNeverOpensHasNoNextOpening() throws HoursConfigException {
        ServiceCentreHours closed = new ServiceCentreHours(Region.CN, List.of(), Map.of(), Map.of(), Map.of(),
                LocalTime.NOON, LocalTime.of(17, 0));
        assertThat(new ServiceCentre(closed, CALENDARS).nextOpening(at(Region.CN, "2025-03-12T10:00"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            working-days        | 9-12                      | 'working-days': '9-12' is not HH:MM-HH:MM
            working-days        | 13:00-17:00,09:00-12:00   | 'working-days': session 09:00-12:00 overlaps or precedes 13:00-17:00
            extended.wednesday  | 17:00-20:00               | 'extended.wednesday': session 17:00-20:00 overlaps 13:30-17:30
            extended.someday    | 17:30-20:00               | 'extended.someday': 'someday' is not a weekday name
            weekend.monday      | 09:00-12:00               | 'weekend.monday': weekend duty is for saturday or sunday
            duty.2025-13-01     | 09:00-12:00               | 'duty.2025-13-01': the date after 'duty.' is not an ISO date
            cutoff              | 5pm                       | 'cutoff': '5pm' is not a time HH:MM
            region              | TW                        | 'region': 'TW' is not one of CN, HK, MO
            opening-hours       | 09:00-17:00               | 'opening-hours': unknown key (allowed: region, working-days
            """)
    void badConfigurationNamesTheKey(String key, String value, String message) {
        Map<String, String> properties = new HashMap<>(Map.of("region", "CN", "working-days", "09:00-12:00,13:30-17:30"));
        properties.put(key, value);
        assertThatThrownBy(() -> ServiceCentreHours.fromProperties(properties))
                .isInstanceOfSatisfying(HoursConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith(message);
    }

    @Test
    void missingKeysAreNamed() {
        assertThatThrownBy(() -> ServiceCentreHours.fromProperties(Map.of("working-days", "09:00-12:00")))
                .hasMessage("'region': missing (one of CN, HK, MO)");
        assertThatThrownBy(() -> ServiceCentreHours.fromProperties(Map.of("region", "HK")))
                .hasMessage("'working-days': missing (HH:MM-HH:MM[,HH:MM-HH:MM...])");
    }
}
