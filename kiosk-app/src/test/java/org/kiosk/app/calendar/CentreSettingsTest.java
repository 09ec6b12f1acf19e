package org.kiosk.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.kiosk.app.appointments.AppointmentsSettings;
import org.kiosk.app.config.SettingsException;
import org.kiosk.calendar.Region;
import org.junit.jupiter.api.Test;

/** {@code kiosk.centre.*} and {@code kiosk.appointments.*}: each unusable value is refused naming its full key. */
class CentreSettingsTest {

    private static CentreSettings with(String key, String value) throws SettingsException {
        Map<String, String> properties = new HashMap<>(CentreSamples.TIANHE);
        properties.put(key, value);
        return CentreSettings.fromProperties(properties);
    }

    private static void refused(String key, String value, String fullKey, String reason) {
        assertThatThrownBy(() -> with(key, value)).isInstanceOfSatisfying(SettingsException.class, e -> {
            assertThat(e.key()).isEqualTo(fullKey);
            assertThat(e.getMessage()).startsWith(fullKey + ": ").contains(reason);
        });
    }

    @Test
    void theBundledCentreReads() throws Exception {
        CentreSettings centre = CentreSamples.tianhe();
        assertThat(centre.code()).isEqualTo("GZ-TH-01");
        assertThat(centre.hours().region()).isEqualTo(Region.CN);
        assertThat(centre.terms("anything").committedWorkingDays()).isEqualTo(5);
        assertThat(with("matters.id-card-renewal", "20,counter-hours").terms("id-card-renewal").afterHoursAcceptance()).isFalse();
        assertThat(centre.name()).isNull();
        assertThat(with("name", "石门村党群服务中心").name()).isEqualTo("石门村党群服务中心");
    }

    @Test
    void eachBadValueNamesItsKey() {
        refused("hours.working-days", "9-17", "kiosk.centre.hours.working-days", "9-17");
        refused("hours.region", "TW", "kiosk.centre.hours.region", "TW");
        refused("kiosk-hours", "all day", "kiosk.centre.kiosk-hours", "24h");
        refused("matters.id-card-renewal", "twenty", "kiosk.centre.matters.id-card-renewal", "after-hours");
        refused("code", "天河", "kiosk.centre.code", "centre code");
        refused("name", "石门村\n党群服务中心", "kiosk.centre.name", "control characters");
        refused("colour", "blue", "kiosk.centre.colour", "unknown key");
    }

    @Test
    void aMissingCodeOrHoursIsNamed() {
        Map<String, String> noCode = new HashMap<>(CentreSamples.TIANHE);
        noCode.remove("code");
        assertThatThrownBy(() -> CentreSettings.fromProperties(noCode)).isInstanceOfSatisfying(SettingsException.class,
                e -> assertThat(e.key()).isEqualTo("kiosk.centre.code"));
        assertThatThrownBy(() -> CentreSettings.fromProperties(Map.of("code", "GZ-TH-01"))).isInstanceOfSatisfying(
                SettingsException.class, e -> assertThat(e.key()).isEqualTo("kiosk.centre.hours.working-days"));
    }

    @Test
    void theCheckInWindowIsConfigurable() throws Exception {
        AppointmentsSettings settings = AppointmentsSettings.fromProperties(Map.of("earliest-minutes", "45", "grace-minutes", "10"));
        assertThat(settings.window().earliest().toMinutes()).isEqualTo(45);
        assertThat(settings.window().grace().toMinutes()).isEqualTo(10);
        assertThatThrownBy(() -> AppointmentsSettings.fromProperties(Map.of("grace-minutes", "-5")))
                .isInstanceOfSatisfying(SettingsException.class, e -> {
                    assertThat(e.key()).isEqualTo("kiosk.appointments.grace-minutes");
                    assertThat(e.getMessage()).contains("-5");
                });
        assertThatThrownBy(() -> AppointmentsSettings.fromProperties(Map.of("early", "5")))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.key()).isEqualTo("kiosk.appointments.early"));
    }
}
