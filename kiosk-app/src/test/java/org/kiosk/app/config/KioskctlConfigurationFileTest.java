package org.kiosk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ops.OpsProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The configuration file as {@code kioskctl configure} writes it (nested YAML, every value quoted) binds to the
 * kiosk's own configuration records: the keys it writes are the kiosk's keys.
 */
class KioskctlConfigurationFileTest {

    private static Binder binder(String... overrides) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("kiosk.yml",
                new ClassPathResource("kioskctl-kiosk.yml", KioskctlConfigurationFileTest.class));
        yaml.forEach(environment.getPropertySources()::addLast);
        Map<String, Object> map = new HashMap<>();
        for (String o : overrides) {
            map.put(o.substring(0, o.indexOf('=')), o.substring(o.indexOf('=') + 1));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", map));
        return new Binder(ConfigurationPropertySources.get(environment));
    }

    @Test
    void everyDeviceTheSiteAndTheKioskBind() throws Exception {
        Binder binder = binder();

        KioskProperties kiosk = binder.bindOrCreate("kiosk", KioskProperties.class);
        SiteProperties site = binder.bindOrCreate("kiosk.site", SiteProperties.class);
        PrinterProperties printer = binder.bindOrCreate("kiosk.printer", PrinterProperties.class);
        IdCardProperties idcard = binder.bindOrCreate("kiosk.idcard", IdCardProperties.class);
        FingerprintProperties fingerprint = binder.bindOrCreate("kiosk.fingerprint", FingerprintProperties.class);
        PassportProperties passport = binder.bindOrCreate("kiosk.passport", PassportProperties.class);
        PlatformProperties platform = binder.bindOrCreate("kiosk.platform", PlatformProperties.class);
        OpsProperties ops = binder.bindOrCreate("kiosk.ops", OpsProperties.class);

        assertThat(kiosk.id()).isEqualTo("gd-sz-0042");
        assertThat(kiosk.dataDir()).isEqualTo(Path.of("/var/lib/kiosk"));
        assertThat(site).isEqualTo(new SiteProperties("石门村党群服务中心", "CN", "SZ-NS-01"));
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
        assertThatThrownBy(() -> binder("kiosk.site.region=TW").bindOrCreate("kiosk.site", SiteProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("kiosk.site.region must be one of CN, HK, MO");
    }
}
