package org.kiosk.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The kiosk: devices, and (as later work adds them) the citizen's journeys, the platform client and operations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
