package org.kiosk.app.ui.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.audit.AccessibilityAudit;
import org.kiosk.app.ui.session.ManualUiClock;

/** What a journey drives: the kiosk on a manual clock, the audit, and the folder its screenshots go to. */
public final class JourneyContext {

    private final KioskUi ui;
    private final ManualUiClock clock;
    private final AccessibilityAudit audit;
    private final Path folder;
    private final PrintStream out;
    private int shots;

    public JourneyContext(KioskUi ui, ManualUiClock clock, AccessibilityAudit audit, Path folder, PrintStream out) {
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

    /** Saves the screen as {@code NNN-name.png} in the journey's folder and returns the file. */
    public Path screenshot(String name) throws IOException {
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

    /** Fails unless the citizen sees the screen {@code id}. */
    public void expectScreen(String id) throws JourneyFailure {
        if (!ui.visibleScreenId().equals(id)) {
            throw new JourneyFailure("expected screen " + id + " but the kiosk shows " + ui.visibleScreenId());
        }
    }
}
