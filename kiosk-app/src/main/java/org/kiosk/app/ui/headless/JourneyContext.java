package org.kiosk.app.ui.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.kiosk.app.simulation.SimulationControl;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.session.ManualUiClock;

/** What a journey drives: the kiosk on a manual clock, the audit, and the folder its screenshots go to. */
public final class JourneyContext {

    private static final long POLL = 20;

    private final KioskUi ui;
    private final ManualUiClock clock;
    private final AccessibilityAudit audit;
    private final Path folder;
    private final PrintStream out;
    private final SimulationControl simulation;
    private int shots;
    private boolean screenshots = true;

    public JourneyContext(KioskUi ui, ManualUiClock clock, AccessibilityAudit audit, Path folder, PrintStream out) {
        this(ui, clock, audit, folder, out, null);
    }

    /** {@code simulation} drives the emulated devices; null when the kiosk runs on real ones. */
    public JourneyContext(KioskUi ui, ManualUiClock clock, AccessibilityAudit audit, Path folder, PrintStream out,
            SimulationControl simulation) {
        this.simulation = simulation;
        this.ui = ui;
        this.clock = clock;
        this.audit = audit;
        this.folder = folder;
        this.out = out;
    }

    public KioskUi ui() {
        return ui;
    }

    public ManualUiClock clock() {
        return clock;
    }

    public AccessibilityAudit audit() {
        return audit;
    }

    public Path folder() {
        return folder;
    }

    public PrintStream out() {
        return out;
    }

    /** Turns screenshots off (a benchmark repeating a journey) or back on. */
    public void screenshots(boolean on) {
        this.screenshots = on;
    }

    /** Saves the screen as {@code NNN-name.png} in the journey's folder and returns the file (null when turned off). */
    public Path screenshot(String name) throws IOException {
        if (!screenshots) {
            return null;
        }
        Path file = folder.resolve(String.format("%03d-%s.png", ++shots, name));
        Screenshots.save(ui.scene(), file);
        return file;
    }

    public int screenshots() {
        return shots;
    }

    /** Presses the enabled, visible button with node id {@code id}, as a touch would. */
    public void press(String id) throws JourneyFailure {
        Node node = ui.scene().lookup("#" + id);
        if (!(node instanceof ButtonBase button) || button.isDisabled() || !button.isVisible()) {
            throw new JourneyFailure("no button #" + id + " to press on screen " + ui.visibleScreenId());
        }
        button.fire();
    }

    /** The emulated devices, for journeys that place cards and fingers or take the paper out. */
    public SimulationControl simulation() throws JourneyFailure {
        if (simulation == null) {
            throw new JourneyFailure("this journey drives the simulated devices, and the kiosk runs on real ones");
        }
        return simulation;
    }

    /** The emulated devices and platform, when the kiosk runs on them. */
    public Optional<SimulationControl> simulationIfPresent() {
        return Optional.ofNullable(simulation);
    }

    /**
     * Lets the FX thread run (device answers arrive through it) until the citizen sees screen {@code id}, or fails
     * after {@code timeout}.
     */
    public void awaitScreen(String id, Duration timeout) throws JourneyFailure {
        await(() -> ui.visibleScreenId().equals(id), timeout);
        expectScreen(id);
    }

    /**
     * Lets the FX thread run until the label {@code id} shows {@code text} (a message that arrives from a device), or
     * fails after {@code timeout}.
     */
    public void awaitLabel(String id, String text, Duration timeout) throws JourneyFailure {
        BooleanSupplier shown = () -> ui.scene().lookup("#" + id) instanceof Labeled label && label.getText().contains(text);
        if (!await(shown, timeout)) {
            throw new JourneyFailure("#" + id + " does not say what was expected on screen " + ui.visibleScreenId());
        }
    }

    /**
     * Lets the FX thread run until {@code condition} (checked on the FX thread) holds or {@code timeout} has passed;
     * returns whether it holds.
     */
    public boolean await(BooleanSupplier condition, Duration timeout) {
        if (!condition.getAsBoolean()) {
            Object loop = new Object();
            long deadline = System.nanoTime() + timeout.toNanos();
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = Thread.ofPlatform().daemon().name("journey-await").start(() -> {
                while (!done.get()) {
                    try {
                        Thread.sleep(POLL);
                    } catch (InterruptedException e) {
                        return;
                    }
                    Platform.runLater(() -> {
                        if (!done.get() && (condition.getAsBoolean() || System.nanoTime() > deadline)) {
                            done.set(true);
                            Platform.exitNestedEventLoop(loop, null);
                        }
                    });
                }
            });
            Platform.enterNestedEventLoop(loop);
            watcher.interrupt();
        }
        return condition.getAsBoolean();
    }

    /** Fails unless the citizen sees the screen {@code id}. */
    public void expectScreen(String id) throws JourneyFailure {
        if (!ui.visibleScreenId().equals(id)) {
            throw new JourneyFailure("expected screen " + id + " but the kiosk shows " + ui.visibleScreenId());
        }
    }
}
