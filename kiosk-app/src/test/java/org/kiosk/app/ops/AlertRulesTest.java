package org.kiosk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.tools.ExternalTools;

/** Every alert rule file in ops/prometheus passes {@code promtool check rules} and its {@code promtool test rules}. */
class AlertRulesTest {

    private static final List<String> ISSUE_ALERTS = List.of("KioskDown", "KioskPrinterOutOfPaper", "KioskPrinterPaperNearEnd",
            "KioskDeviceHardwareError", "KioskOutboxStuck", "KioskCalendarDataRunningOut", "KioskSessionFailureRateHigh");

    @Test
    void everyRuleFileChecksAndPassesItsTests() throws Exception {
        ExternalTools.require("promtool", "prometheus");
        List<Path> ruleFiles = files(".rules.yml");
        assertThat(ruleFiles).isNotEmpty();
        for (Path rules : ruleFiles) {
            Path tests = rules.resolveSibling(rules.getFileName().toString().replace(".rules.yml", ".rules.test.yml"));
            assertThat(tests).as("tests of %s", rules.getFileName()).isRegularFile();
            ExternalTools.Result check = ExternalTools.run("promtool", "check", "rules", rules.toString());
            assertThat(check.exitCode()).as("promtool check rules %s:%n%s", rules.getFileName(), check.output()).isZero();
            ExternalTools.Result test = ExternalTools.run("promtool", "test", "rules", tests.toString());
            assertThat(test.exitCode()).as("promtool test rules %s:%n%s", tests.getFileName(), test.output()).isZero();
        }
    }

    @Test
    void everyAlertTheIssueNamesExistsIsTestedAndSaysWhoMustAct() throws Exception {
        String rules = Files.readString(OpsFiles.dir().resolve("prometheus/kiosk-alerts.rules.yml"));
        String tests = Files.readString(OpsFiles.dir().resolve("prometheus/kiosk-alerts.rules.test.yml"));
        for (String alert : ISSUE_ALERTS) {
            assertThat(rules).contains("- alert: " + alert);
            assertThat(tests).contains("alertname: " + alert);
        }
        int alerts = rules.split("- alert: ", -1).length - 1;
        assertThat(rules.split("\n {8}for: ", -1)).hasSize(alerts + 1);
        assertThat(rules.split("\n {10}action: ", -1)).hasSize(alerts + 1);
        assertThat(rules.split("\n {10}severity: ", -1)).hasSize(alerts + 1);
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(OpsFiles.dir().resolve("prometheus"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
