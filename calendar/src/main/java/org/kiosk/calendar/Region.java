package org.kiosk.calendar;

import java.time.ZoneId;
import java.util.Optional;

/** The regions whose working-day calendars a matter can be counted in, each with the zone its offices keep. */
public enum Region {
    CN("Asia/Shanghai"),
    HK("Asia/Hong_Kong"),
    MO("Asia/Macau");

    private final ZoneId zone;

    Region(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The region named {@code code} (CN, HK or MO, any case), or empty. */
    public static Optional<Region> parse(String code) {
        for (Region region : values()) {
            if (region.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
