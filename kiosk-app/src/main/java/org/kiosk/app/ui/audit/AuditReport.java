package org.kiosk.app.ui.audit;

import java.util.List;
import java.util.stream.Collectors;

/** What the audit found on one screen in one language and mode. */
public record AuditReport(String screenId, String language, boolean elder, List<AuditFinding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** A block per report: the screen, language and mode, then one finding per line. */
    @Override
    public String toString() {
        String head = screenId + " [" + language + (elder ? ", elder" : "") + "]";
        if (findings.isEmpty()) {
            return head + ": ok";
        }
        return head + ":\n" + findings.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
    }
}
