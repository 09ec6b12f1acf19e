package org.kiosk.app.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the kiosk stands: {@code kiosk.site.*}, written by {@code kioskctl configure}. Unset on a development kiosk.
 *
 * @param name          {@code kiosk.site.name}: the room or centre, e.g. 石门村党群服务中心
 * @param region        {@code kiosk.site.region}: {@code CN}, {@code HK} or {@code MO}, the calendar its working days follow
 * @param serviceCentre {@code kiosk.site.service-centre}: the service centre's code on the platform
 */
@ConfigurationProperties("kiosk.site")
public record SiteProperties(String name, String region, String serviceCentre) {

    public SiteProperties {
        if (region != null && !List.of("CN", "HK", "MO").contains(region)) {
            throw new IllegalArgumentException("kiosk.site.region must be one of CN, HK, MO, got '" + region + "'");
        }
        if (serviceCentre != null && !serviceCentre.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("kiosk.site.service-centre must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }
}
