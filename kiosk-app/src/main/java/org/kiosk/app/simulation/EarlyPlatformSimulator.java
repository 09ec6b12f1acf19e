package org.kiosk.app.simulation;

import java.io.IOException;
import org.kiosk.app.config.KioskProperties;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Begins the simulated stack's platform simulator ({@code kiosk.simulation.platform=true}) as soon as the kiosk's
 * settings are known, before the kiosk's context is even made; the context then takes that start (see
 * {@link SimulatedPlatformConfiguration}). Where no such starter is added to the application (a test building the
 * context itself), the configuration begins the start.
 */
public final class EarlyPlatformSimulator implements ApplicationListener<SpringApplicationEvent> {

    private static final String BEAN_NAME = "earlyPlatformSimulator";

    private PlatformSimulatorStart start;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> {
                Binder settings = Binder.get(prepared.getEnvironment());
                if (!settings.bind("kiosk.simulation.platform", Boolean.class).orElse(false)) {
                    return;
                }
                try {
                    start = PlatformSimulatorStart.begin(
                            SimulatedPlatformConfiguration.dataFolder(settings.bindOrCreate("kiosk", KioskProperties.class)));
                } catch (BindException | IOException e) {
                    // the kiosk's context reports a wrong setting by its key, and begins the start itself otherwise
                    start = null;
                }
            }
            case ApplicationContextInitializedEvent initialized -> {
                if (start != null) {
                    initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
                }
            }
            case ApplicationFailedEvent failed -> {
                // the kiosk did not start: a simulator running would keep the process alive
                if (start != null) {
                    start.close();
                }
            }
            default -> {
            }
        }
    }

    /** The start begun early. */
    PlatformSimulatorStart start() {
        return start;
    }
}
