package org.kiosk.app.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.platform.sim.PlatformSimulator;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the simulated stack's platform simulator ({@code kiosk.simulation.platform=true}) on its own thread as soon as
 * the kiosk's settings are known, so that its Spring context starts beside the kiosk's rather than within it; the
 * kiosk's context then takes the running simulator (see {@link SimulatedPlatformConfiguration}). Where no such starter
 * is added to the application (a test building the context itself), the configuration starts the simulator in line.
 */
public final class EarlyPlatformSimulator implements ApplicationListener<SpringApplicationEvent> {

    private static final String BEAN_NAME = "earlyPlatformSimulator";

    private CompletableFuture<PlatformSimulator> start;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> {
                Binder settings = Binder.get(prepared.getEnvironment());
                if (!settings.bind("kiosk.simulation.platform", Boolean.class).orElse(false)) {
                    return;
                }
                KioskProperties kiosk;
                try {
                    kiosk = settings.bindOrCreate("kiosk", KioskProperties.class);
                } catch (BindException wrongSettings) {
                    // the kiosk's context reports the wrong setting by its key; nothing starts before that
                    return;
                }
                Path data = SimulatedPlatformConfiguration.dataFolder(kiosk);
                start = new CompletableFuture<>();
                Thread.ofPlatform().name("platform-sim-start").start(() -> {
                    try {
                        start.complete(PlatformSimulator.start(PlatformSimulator.Options.forTest(data)));
                    } catch (IOException | RuntimeException e) {
                        start.completeExceptionally(e);
                    }
                });
            }
            case ApplicationContextInitializedEvent initialized -> {
                if (start != null) {
                    initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
                }
            }
            case ApplicationFailedEvent failed -> {
                // the kiosk did not start: a simulator already running would keep the process alive
                if (start != null) {
                    start.thenAccept(PlatformSimulator::close);
                }
            }
            default -> {
            }
        }
    }

    /** The simulator started early, once it is up. */
    PlatformSimulator simulator() throws IOException {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
