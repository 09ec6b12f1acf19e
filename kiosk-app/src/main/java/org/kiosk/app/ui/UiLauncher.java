package org.kiosk.app.ui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kiosk.app.KioskApplication;
import org.kiosk.app.catalogue.RefreshedCatalogue;
import org.kiosk.app.config.KioskProperties;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.simulation.EarlyPlatformSimulator;
import org.kiosk.app.simulation.SimulationControl;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.headless.Journey;
import org.kiosk.app.ui.headless.JourneyContext;
import org.kiosk.app.ui.headless.JourneyFailure;
import org.kiosk.app.ui.headless.Journeys;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.app.ui.session.UiClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the kiosk: the Spring context first (devices, services), then JavaFX with the context's beans handed to the
 * screens. Without a display and without {@code --headless} (or with {@code kiosk.ui.enabled=false}) only the
 * devices run, as before the screens existed.
 */
public final class UiLauncher {

    private static final Logger log = LoggerFactory.getLogger(UiLauncher.class);
    private static final Duration TICK = Duration.millis(250);

    private UiLauncher() {
    }

    /** Exit codes: 0 done, 1 the journey failed, 2 a wrong command line; otherwise the kiosk keeps running. */
    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        Optional<Journey> journey = Optional.empty();
        if (options.journey() != null) {
            journey = Journeys.byName(options.journey());
            if (journey.isEmpty()) {
                System.err.println("unknown journey '" + options.journey() + "' (known: " + Journeys.names() + ")");
                System.exit(2);
                return;
            }
        }
        List<String> springArgs = new ArrayList<>(options.springArgs());
        if (journey.isPresent()) {
            defaultArg(springArgs, "kiosk.print-sample-on-start", "false");
            defaultArg(springArgs, "spring.main.keep-alive", "false");
        }
        SpringApplication application = new SpringApplication(KioskApplication.class);
        ToolkitStarter toolkit = new ToolkitStarter(options.headless());
        application.addListeners(toolkit, new EarlyPlatformSimulator());
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            toolkit.stop();
            throw e;
        }
        UiProperties ui = context.getBean(UiProperties.class);
        if (!toolkit.awaitStarted()) {
            if (ui.enabled()) {
                log.warn("No display: the touchscreen is not opened, the devices keep running "
                        + "(--headless --serve runs the screens without a display)");
            }
            return;
        }
        if (journey.isPresent()) {
            int code = runJourney(context, journey.get(), System.out);
            context.close();
            Platform.exit();
            System.exit(code);
        } else {
            startScreens(context, ui, !options.headless());
        }
    }

    /**
     * Monocle's headless glass platform and the software renderer: the screens run and render without a display, on a
     * virtual screen as large as the kiosk's.
     */
    public static void useHeadlessPlatform(UiProperties ui) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", ui.width() + "x" + ui.height() + "-32");
    }

    private static void startScreens(ConfigurableApplicationContext context, UiProperties properties, boolean window) {
        Platform.setImplicitExit(false);
        Platform.runLater(() -> {
            KioskUi ui = new KioskUi(context.getBean(UiServices.class), context.getBean(Texts.class), properties,
                    UiClock.system());
            context.getBeanProvider(RefreshedCatalogue.class).ifAvailable(c -> c.onChange(() -> Platform.runLater(ui::catalogueChanged)));
            Timeline ticker = new Timeline(new KeyFrame(TICK, e -> ui.tick()));
            ticker.setCycleCount(Timeline.INDEFINITE);
            ticker.play();
            Stage stage = new Stage();
            stage.setTitle(ui.texts().get(ui.language(), "chrome.title"));
            stage.setScene(ui.scene());
            if (window) {
                stage.setOnCloseRequest(e -> {
                    ticker.stop();
                    context.close();
                    Platform.exit();
                });
            }
            stage.show();
            log.info(window ? "The touchscreen is open" : "The screens run headless; Ctrl-C stops the kiosk");
        });
    }

    private static int runJourney(ConfigurableApplicationContext context, Journey journey, PrintStream out) {
        Path folder;
        try {
            Path base = context.getBean(KioskProperties.class).outputDir().resolve("journeys");
            folder = Files.createDirectories(base.resolve(journey.name() + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))).toAbsolutePath();
        } catch (Exception e) {
            System.err.println("cannot create the screenshot folder: " + e.getMessage());
            return 1;
        }
        out.println("journey " + journey.name() + ": screenshots in " + folder);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ManualUiClock clock = new ManualUiClock();
                Texts texts = context.getBean(Texts.class);
                KioskUi ui = new KioskUi(context.getBean(UiServices.class), texts, context.getBean(UiProperties.class), clock);
                Stage stage = new Stage();
                stage.setScene(ui.scene());
                stage.show();
                JourneyContext journeyContext = new JourneyContext(ui, clock, new AccessibilityAudit(texts), folder, out,
                        context.getBeanProvider(SimulationControl.class).getIfAvailable());
                journey.run(journeyContext);
                out.println("journey " + journey.name() + " reached its end (" + journeyContext.screenshots()
                        + " screenshots in " + folder + ")");
                result.complete(0);
            } catch (JourneyFailure e) {
                System.err.println("journey " + journey.name() + " failed: " + e.getMessage());
                result.complete(1);
            } catch (Exception | Error e) {
                System.err.println("journey " + journey.name() + " broke: " + e);
                e.printStackTrace(System.err);
                result.complete(1);
            }
        });
        return result.join();
    }

    /**
     * Starts JavaFX as soon as the settings are known and while the Spring context is still starting (it waits for the
     * devices), so that the home screen does not wait for both one after the other.
     */
    private static final class ToolkitStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        private final boolean headless;
        private Thread startup;

        ToolkitStarter(boolean headless) {
            this.headless = headless;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            UiProperties ui = Binder.get(event.getEnvironment()).bindOrCreate("kiosk.ui", UiProperties.class);
            boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
            if (headless) {
                useHeadlessPlatform(ui);
            } else if (!ui.enabled() || !display) {
                return;
            }
            startup = Thread.ofPlatform().name("fx-startup").start(() -> Platform.startup(() -> { }));
        }

        /** Stops JavaFX if it was started, so that a failed start ends the process. */
        void stop() {
            if (awaitStarted()) {
                Platform.exit();
            }
        }

        /** Whether JavaFX was started (and is now up). */
        boolean awaitStarted() {
            if (startup == null) {
                return false;
            }
            try {
                startup.join();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static void defaultArg(List<String> args, String key, String value) {
        if (args.stream().noneMatch(a -> a.startsWith("--" + key + "="))) {
            args.add("--" + key + "=" + value);
        }
    }
}
