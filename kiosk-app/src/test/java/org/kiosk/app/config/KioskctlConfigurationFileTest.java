package org.kiosk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kiosk.app.calendar.CalendarConfiguration;
import org.kiosk.app.calendar.CentreSettings;
import org.kiosk.app.ops.OpsProperties;
import org.kiosk.calendar.Region;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The configuration file as {@code kioskctl configure} writes it (nested YAML, every value quoted), over the kiosk's
 * own defaults, binds to the kiosk's configuration records: the keys it writes are the kiosk's keys.
 */
class KioskctlConfigurationFileTest {

    /** The kiosk's own defaults under the file kioskctl wrote, as the launcher's additional location layers them. */
    private static StandardEnvironment environment(String... overrides) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("kiosk.yml",
                new ClassPathResource("kioskctl-kiosk.yml", KioskctlConfigurationFileTest.class));
        yaml.forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        Map<String, Object> map = new HashMap<>();
        for (String o : overrides) {
            map.put(o.substring(0, o.indexOf('=')), o.substring(o.indexOf('=') + 1));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", map));
        return environment;
    }

    private static Binder binder(String... overrides) throws Exception {
        return new Binder(ConfigurationPropertySources.get(environment(overrides)));
    }

    @Test
    void everyDeviceTheCentreAndTheKioskBind() throws Exception {
        Binder binder = binder();

        KioskProperties kiosk = binder.bindOrCreate("kiosk", KioskProperties.class);
        CentreSettings centre = CentreSettings.fromProperties(CalendarConfiguration.flat(environment(), "kiosk.centre"));
        PrinterProperties printer = binder.bindOrCreate("kiosk.printer", PrinterProperties.class);
        IdCardProperties idcard = binder.bindOrCreate("kiosk.idcard", IdCardProperties.class);
        FingerprintProperties fingerprint = binder.bindOrCreate("kiosk.fingerprint", FingerprintProperties.class);
        PassportProperties passport = binder.bindOrCreate("kiosk.passport", PassportProperties.class);
        PlatformProperties platform = binder.bindOrCreate("kiosk.platform", PlatformProperties.class);
        OpsProperties ops = binder.bindOrCreate("kiosk.ops", OpsProperties.class);

        assertThat(kiosk.id()).isEqualTo("gd-sz-0042");
        assertThat(kiosk.dataDir()).isEqualTo(Path.of("/var/lib/kiosk"));
        assertThat(centre.code()).isEqualTo("SZ-NS-01");
        assertThat(centre.name()).isEqualTo("石门村党群服务中心");
        assertThat(centre.hours().region()).isEqualTo(Region.CN);
        assertThat(printer.connection()).isEqualTo(PrinterProperties.Connection.SERIAL);
        assertThat(printer.serialPort()).endsWith("usb-1a86_USB_Serial_A-if00-port0");
        assertThat(printer.baudRate()).isEqualTo(115200);
        assertThat(idcard.connection()).isEqualTo(DeviceConnection.SERIAL);
        assertThat(idcard.baudRate()).isEqualTo(115200);
        assertThat(fingerprint.baudRate()).isEqualTo(57600);
        assertThat(passport.enabled()).isTrue();
        assertThat(platform.url()).hasToString("https://platform.example:8443");
        assertThat(platform.keyStore()).isEqualTo(Path.of("/var/lib/kiosk/kiosk.p12"));
        assertThat(platform.trustStorePassword()).isEqualTo(platform.keyStorePassword());
        assertThat(ops.site()).isEqualTo("sz-nanshan-shimen-01");
    }

    @Test
    void aRegionOutsideTheCalendarsIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> CentreSettings.fromProperties(CalendarConfiguration.flat(environment("kiosk.centre.hours.region=TW"),
                "kiosk.centre"))).isInstanceOf(SettingsException.class).hasMessageContaining("kiosk.centre.hours.region");
    }
}
