package org.kiosk.app.calendar;

import java.util.Map;

/** The service centre of the bundled {@code application.properties}, for tests that need one. */
public final class CentreSamples {

    public static final Map<String, String> TIANHE = Map.of(
            "code", "GZ-TH-01",
            "hours.region", "CN",
            "hours.working-days", "09:00-12:00,13:30-17:30",
            "hours.cutoff", "16:30",
            "kiosk-hours", "24h",
            "default-matter", "5,after-hours");

    private CentreSamples() {
    }

    public static CentreSettings tianhe() {
        try {
            return CentreSettings.fromProperties(TIANHE);
        } catch (org.kiosk.app.config.SettingsException e) {
            throw new IllegalStateException(e);
        }
    }
}
