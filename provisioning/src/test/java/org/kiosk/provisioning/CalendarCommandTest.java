package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    @Test
    void isWorkingDay() {
        KioskCtlRuns.Outcome holiday = kioskctl("calendar", "is-working-day", "--region", "CN", "2025-10-08");
        assertSucceeded(holiday);
        assertThat(holiday.out()).isEqualTo("false\n");
        KioskCtlRuns.Outcome makeUp = kioskctl("calendar", "is-working-day", "--region", "CN", "2025-10-11");
        assertSucceeded(makeUp);
        assertThat(makeUp.out()).isEqualTo("true\n");
        KioskCtlRuns.Outcome hongKongSaturday = kioskctl("calendar", "is-working-day", "--region", "HK", "2025-10-11");
        assertThat(hongKongSaturday.out()).isEqualTo("false\n");
    }

    @Test
    void addWorkingDaysAcrossNationalDay() {
        KioskCtlRuns.Outcome r = kioskctl("calendar", "add-working-days", "--region", "CN", "2025-09-30", "5");
        assertSucceeded(r);
        assertThat(r.out()).isEqualTo("2025-10-14\n");
    }

    @Test
    void aDateWithoutDataAnswersAndWarnsThatItIsProvisional() {
        KioskCtlRuns.Outcome r = kioskctl("calendar", "is-working-day", "--region", "CN", "2027-01-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("true\n");
        assertThat(r.err()).startsWith("kioskctl: warning: ").contains("provisional");
        KioskCtlRuns.Outcome sum = kioskctl("calendar", "add-working-days", "--region", "MO", "2026-12-30", "2");
        assertThat(sum.exitCode()).isZero();
        assertThat(sum.out()).isEqualTo("2027-01-01\n");
        assertThat(sum.err()).contains("provisional");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertUsageError(kioskctl("calendar", "is-working-day", "--region", "TW", "2025-10-08"), "TW");
        assertUsageError(kioskctl("calendar", "is-working-day", "--region", "CN", "2025-13-01"), "ISO date");
        assertUsageError(kioskctl("calendar", "add-working-days", "--region", "CN", "2025-10-01", "-1"),
                "whole number of working days");
        assertUsageError(kioskctl("calendar", "add-working-days", "--region", "CN", "2025-10-01"), "N");
    }

    @Test
    void checkListsTheYearsPerRegion() {
        KioskCtlRuns.Outcome text = kioskctl("calendar", "check");
        assertSucceeded(text);
        assertThat(text.out()).contains("CN: years 2024, 2025, 2026", "HK: years 2024, 2025, 2026",
                "MO: years 2024, 2025, 2026", "国办发明电〔2024〕12号");

        Map<String, Object> json = succeededWithJson(kioskctl("calendar", "check", "--json"));
        assertThat(json).containsEntry("valid", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> cn = (Map<String, Object>) ((Map<String, Object>) json.get("regions")).get("CN");
        assertThat(cn.get("years")).isEqualTo(List.of(2024, 2025, 2026));
        assertThat(cn.get("daysOfDataRemaining")).isInstanceOf(Number.class);
        assertThat((List<?>) cn.get("files")).hasSize(3);
    }

    @Test
    void checkWithDeliveredDataAddsItsYears(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("CN-2027.txt"), """
                region: CN
                year: 2027
                issuer: test
                title: a delivered calendar
                url: https://example.org/2027
                2027-01-01 holiday 元旦
                """);
        KioskCtlRuns.Outcome r = kioskctl("calendar", "check", "--data", dir.toString());
        assertSucceeded(r);
        assertThat(r.out()).contains("CN: years 2024, 2025, 2026, 2027", "CN-2027.txt (delivered)");
        KioskCtlRuns.Outcome day = kioskctl("calendar", "is-working-day", "--data", dir.toString(), "--region", "CN",
                "2027-01-01");
        assertSucceeded(day);
        assertThat(day.out()).isEqualTo("false\n");
    }

    @Test
    void checkRefusesAMalformedFileNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("HK-2027.txt"), """
                region: HK
                year: 2027
                issuer: test
                title: a delivered calendar
                url: https://example.org/2027
                2027-02-30 holiday 農曆年初一
                """);
        assertFailedInOneLine(kioskctl("calendar", "check", "--data", dir.toString()),
                "HK-2027.txt line 6: '2027-02-30' is not a valid date");
        assertFailedInOneLine(kioskctl("calendar", "check", "--data", dir.resolve("missing").toString()),
                "is not a directory");
    }
}
