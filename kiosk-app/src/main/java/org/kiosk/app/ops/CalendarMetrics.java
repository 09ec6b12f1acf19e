package org.kiosk.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.WorkingCalendars;

/**
 * How many days of working-day calendar data remain per region ({@code kiosk_calendar_data_remaining_days{region}}),
 * counted from today in the region's own zone. The unit is calendar dates covered by data, a count rather than a
 * duration, hence days and not seconds. The supplier is asked on every scrape, so data the platform delivers later
 * shows at once.
 */
public final class CalendarMetrics implements MeterBinder {

    private final Supplier<WorkingCalendars> calendars;
    private final Clock clock;

    public CalendarMetrics(Supplier<WorkingCalendars> calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Region region : Region.values()) {
            Gauge.builder("kiosk.calendar.data.remaining", this, m -> m.daysRemaining(region))
                    .description("Days from today to the end of the region's working-day calendar data, today included")
                    .baseUnit("days")
                    .tag("region", Labels.of(region))
                    .register(registry);
        }
    }

    long daysRemaining(Region region) {
        return calendars.get().daysOfDataRemaining(region, LocalDate.now(clock.withZone(region.zone())));
    }
}
