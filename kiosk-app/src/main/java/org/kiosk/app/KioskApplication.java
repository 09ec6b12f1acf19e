package org.kiosk.app;

import org.kiosk.app.ui.UiLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The kiosk: devices, and (as later work adds them) the citizen's journeys, the platform client and operations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    /** The Spring context, then the touchscreen on top of it (see {@link UiLauncher} for the options). */
    public static void main(String[] args) {
        UiLauncher.main(args);
    }
}
