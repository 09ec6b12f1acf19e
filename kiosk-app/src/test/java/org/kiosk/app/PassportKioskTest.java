package org.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.DeviceState;
import org.kiosk.device.passport.AccessKey;
import org.kiosk.device.passport.ChipPresence;
import org.kiosk.device.passport.PassportDetail;
import org.kiosk.device.passport.PassportRead;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.pa.Outcome;
import org.kiosk.sim.passport.EmrtdChip;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.Pcscd;
import org.kiosk.sim.passport.TestPki;
import org.kiosk.sim.passport.VirtualPassport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The kiosk with kiosk.passport.* set, over its own pcscd with vpcd: the reader watches and reads a verified passport. */
@SpringBootTest(properties = {"spring.main.keep-alive=false", "kiosk.print-sample-on-start=false",
        "kiosk.passport.enabled=true", "kiosk.passport.reader=Virtual PCD 00 00", "kiosk.passport.poll-interval=200ms"})
class PassportKioskTest {

    @TempDir
    static Path dir;

    private static Pcscd pcscd;
    private static TestPki pki;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        pcscd = Pcscd.start();
        pki = TestPki.generate("UT");
        pki.writeCsca(dir.resolve("csca"));
        registry.add("kiosk.output-dir", () -> dir.resolve("out").toString());
        registry.add("kiosk.data-dir", () -> dir.resolve("data").toString());
        registry.add("kiosk.passport.csca-store", () -> dir.resolve("csca").toString());
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @Autowired
    PassportReader reader;

    @Test
    void theConfiguredReaderSeesAndVerifiesThePassport() throws Exception {
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();
        try (VirtualPassport passport = new VirtualPassport(new EmrtdChip(
                PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), pki), PassportSimMain.SPECIMEN_MRZ))) {
            passport.insert();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!(reader.status().state() == DeviceState.ONLINE && reader.status().detail() instanceof PassportDetail d
                    && d.chip() == ChipPresence.PRESENT) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            PassportRead read = reader.read(AccessKey.of("L898902C", "690806", "940623"));
            assertThat(read.authentication().outcome()).isEqualTo(Outcome.VERIFIED);
            read.wipe();
        }
    }
}
