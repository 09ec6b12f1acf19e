package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.nio.file.Path;
import java.util.Map;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;
import org.kiosk.sim.passport.EmrtdChip;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.Pcscd;
import org.kiosk.sim.passport.TestPki;
import org.kiosk.sim.passport.VirtualPassport;

/** kioskctl passport read against the real pcscd with vpcd and the virtual passport. */
@Timeout(60)
class PassportCommandTest {

    private static final String[] MRZ = {"--mrz", PassportSimMain.SPECIMEN_MRZ.get(0), PassportSimMain.SPECIMEN_MRZ.get(1)};
    private static final String READER = "Virtual PCD 00 00";

    private static Pcscd pcscd;
    private static TestPki utopia;
    private static Path csca;

    private VirtualPassport passport;

    @BeforeAll
    static void startPcscd(@TempDir Path dir) throws Exception {
        pcscd = Pcscd.start();
        utopia = TestPki.generate("UT");
        csca = dir;
        utopia.writeCsca(csca);
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @AfterEach
    void takeOff() throws Exception {
        if (passport != null) {
            passport.close();
            TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(READER).waitForCardAbsent(10_000);
        }
    }

    private void layOn(PassportFiles files) throws Exception {
        passport = new VirtualPassport(new EmrtdChip(files, PassportSimMain.SPECIMEN_MRZ));
        passport.insert();
    }

    private static String[] args(String... more) {
        String[] head = {"passport", "read", "--reader", READER, "--csca", csca.toString(), "--json"};
        String[] all = new String[head.length + more.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    @Test
    void readsAndVerifiesWithPersonalFieldsMasked() throws Exception {
        layOn(PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), utopia));
        Map<String, Object> report = succeededWithJson(kioskctl(args(MRZ)));
        assertThat(report).containsEntry("passiveAuthentication", "VERIFIED").containsEntry("issuingState", "UTO")
                .containsEntry("documentNumber", "L8****2C").containsEntry("birthDate", "69****")
                .containsEntry("dataGroups", java.util.List.of("DG1", "DG2"));
        assertThat(report.get("faceImage").toString()).startsWith("JPEG, ");
        assertThat(report.toString()).doesNotContain("L898902C", "ERIKSSON", "690806");
    }

    @Test
    void revealShowsTheFieldsFromTheThreeFieldKey() throws Exception {
        layOn(PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), utopia));
        Map<String, Object> report = succeededWithJson(kioskctl(args("--document-number", "L898902C", "--birth", "690806",
                "--expiry", "940623", "--reveal")));
        assertThat(report).containsEntry("documentNumber", "L898902C").containsEntry("primaryIdentifier", "ERIKSSON")
                .containsEntry("secondaryIdentifier", "ANNA MARIA");
    }

    @Test
    void anAlteredDataGroupExitsOneNamingIt() throws Exception {
        layOn(PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), utopia).withAlteredDataGroup(PassportFiles.DG2));
        Outcome r = kioskctl(args(MRZ));
        assertThat(r.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
        assertThat(r.json()).containsEntry("passiveAuthentication", "FAILED").containsEntry("failedCheck", "DATA_GROUP_HASH")
                .containsEntry("failedDataGroup", "DG2");
        assertThat(r.err()).contains("FAILED (DATA_GROUP_HASH, DG2)");
    }

    @Test
    void aWrongMrzFailsInOneLine() throws Exception {
        layOn(PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), utopia));
        Outcome r = kioskctl(args("--document-number", "L898902C", "--birth", "690807", "--expiry", "940623"));
        assertFailedInOneLine(r, "ACCESS_DENIED");
        assertThat(r.err()).doesNotContain("L898902C", "690807");
    }

    @Test
    void noPassportWithinTheTimeout() {
        assertFailedInOneLine(kioskctl(args("--timeout", "1s", "--document-number", "L898902C", "--birth", "690806",
                "--expiry", "940623")), "no passport on the reader");
    }

    @Test
    void aBadMrzIsAUsageErrorWithoutItsContent() {
        Outcome r = kioskctl(args("--mrz", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C<3UTO6908061F9406236ZE184226B<<<<<15"));
        assertUsageError(r, "--mrz");
        assertThat(r.err()).doesNotContain("L898902C");
    }

    @Test
    void mrzAndFieldsTogetherAreAUsageError() {
        assertUsageError(kioskctl(args(MRZ[0], MRZ[1], MRZ[2], "--document-number", "L898902C", "--birth", "690806",
                "--expiry", "940623")), "mutually exclusive");
    }
}
