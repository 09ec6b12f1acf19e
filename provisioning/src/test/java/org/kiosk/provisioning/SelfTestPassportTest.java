package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.sim.passport.Pcscd;

/** kioskctl selftest's passport check against the real pcscd with the vpcd reader driver. */
@Timeout(60)
class SelfTestPassportTest {

    private static Pcscd pcscd;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPcscd() throws Exception {
        pcscd = Pcscd.start();
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> passportCheck(String readerPattern) {
        Path config = dir.resolve("kiosk.yml");
        assertSucceeded(kioskctl("configure", "--config", config.toString(), "--passport", "--passport-reader", readerPattern,
                "--kiosk-id", "gd-sz-0042", "--site", "石门村党群服务中心", "--site-code", "sz-nanshan-shimen-01", "--region", "CN", "--service-centre", "SZ-NS-01",
                "--platform", "https://platform.example:8443", "--data-dir", dir.resolve("data").toString()));
        // the kiosk is not enrolled here, so the run as a whole fails on the platform check
        KioskCtlRuns.Outcome r = kioskctl("selftest", "--config", config.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
        return ((List<Map<String, Object>>) r.json().get("checks")).stream()
                .filter(c -> "passport".equals(c.get("check"))).findFirst().orElseThrow();
    }

    @Test
    void theVirtualReaderIsPresent() {
        assertThat(passportCheck("Virtual PCD")).containsEntry("result", "PASS")
                .satisfies(c -> assertThat((String) c.get("reason")).startsWith("reader present"));
    }

    @Test
    void noReaderOfThatNameFailsWithTheReason() {
        assertThat(passportCheck("OMNIKEY")).containsEntry("result", "FAIL")
                .satisfies(c -> assertThat((String) c.get("reason")).startsWith("no PC/SC reader"));
    }
}
