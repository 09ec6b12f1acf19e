package org.kiosk.app.ui.audit;

import java.util.ArrayList;
import java.util.List;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.session.ManualUiClock;

/**
 * Visits every stop in every language and mode, audits what the citizen can act on, and hands each visit to an
 * observer (the headless runner saves a screenshot). Runs on the FX thread; the kiosk must run on {@code clock}.
 */
public final class ScreenTour {

    /** Sees each stop once it is shown and audited. */
    @FunctionalInterface
    public interface Observer {
        void visited(TourStop stop, UiLanguage language, boolean elder, AuditReport report) throws Exception;
    }

    private ScreenTour() {
    }

    public static List<AuditReport> run(KioskUi ui, ManualUiClock clock, List<TourStop> stops, AccessibilityAudit audit,
            Observer observer) throws Exception {
        List<AuditReport> reports = new ArrayList<>();
        for (TourStop stop : stops) {
            for (UiLanguage language : UiLanguage.values()) {
                for (boolean elder : new boolean[] {false, true}) {
                    ui.reset();
                    ui.setLanguage(language);
                    ui.setElder(elder);
                    stop.open().open(ui, clock);
                    AuditReport report = new AuditReport(stop.name(), language.tag(), elder,
                            audit.audit(stop.name(), language, elder, ui.activeLayer()).findings());
                    reports.add(report);
                    observer.visited(stop, language, elder, report);
                }
            }
        }
        ui.reset();
        return reports;
    }
}
