package org.kiosk.app.ui.headless;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kiosk.app.ui.audit.AuditFinding;
import org.kiosk.app.ui.audit.AuditReport;
import org.kiosk.app.ui.audit.FoundationTour;
import org.kiosk.app.ui.audit.ScreenTour;

/**
 * Visits every screen in every language and mode, saves a screenshot of each, audits each, and writes the reports to
 * {@code audit.txt}; fails if any screen breaks a rule or a bundle lacks a key.
 */
public final class TourJourney implements Journey {

    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String description() {
        return "every screen in every language and mode, screenshotted and audited";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        List<AuditReport> reports = ScreenTour.run(c.ui(), c.clock(), FoundationTour.all(c.ui().services().catalogue()),
                c.audit(), (stop, language, elder, report) -> c.screenshot(stop.name() + "-" + language.tag()
                        + (elder ? "-elder" : "")));
        List<AuditFinding> bundle = c.audit().bundleCoverage();
        List<AuditReport> failed = new ArrayList<>(reports.stream().filter(r -> !r.passed()).toList());
        if (!bundle.isEmpty()) {
            failed.add(new AuditReport("bundles", "all", false, bundle));
        }
        String text = reports.stream().map(AuditReport::toString).collect(Collectors.joining("\n"));
        Files.writeString(c.folder().resolve("audit.txt"), text + "\n");
        c.out().printf("audited %d screen states: %d failed (audit.txt)%n", reports.size(), failed.size());
        c.ui().home();
        if (!failed.isEmpty()) {
            throw new JourneyFailure("the accessibility audit failed:\n"
                    + failed.stream().map(AuditReport::toString).collect(Collectors.joining("\n")));
        }
        c.expectScreen("home");
    }
}
