package org.kiosk.device.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.StatusEvent;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.passport.lds.ImageFormat;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.FailedCheck;
import org.kiosk.device.passport.pa.Outcome;
import org.kiosk.sim.passport.EmrtdChip;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.Pcscd;
import org.kiosk.sim.passport.TestPki;
import org.kiosk.sim.passport.VirtualPassport;

/**
 * The driver against the real pcscd with vsmartcard's vpcd reader and the virtual passport connected to it: the
 * javax.smartcardio path a kiosk's USB reader takes, with a chip written independently from the protocol notes.
 */
@Timeout(60)
class PassportEndToEndTest {

    private static final List<String> MRZ = PassportSimMain.SPECIMEN_MRZ;
    private static final AccessKey KEY = AccessKey.of("L898902C", "690806", "940623");
    private static final Pattern READER = Pattern.compile("Virtual PCD 00 00");

    private static Pcscd pcscd;
    private static TestPki utopia;
    private static CscaTrustStore trustStore;
    private static byte[] face;

    private VirtualPassport passport;
    private PassportReader reader;

    @BeforeAll
    static void startPcscd(@TempDir Path csca) throws Exception {
        pcscd = Pcscd.start();
        utopia = TestPki.generate("UT");
        utopia.writeCsca(csca);
        trustStore = CscaTrustStore.load(csca);
        face = PassportFiles.testFace();
    }

    @AfterAll
    static void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @AfterEach
    void takeOff() throws Exception {
        if (reader != null) {
            reader.close();
        }
        if (passport != null) {
            passport.close();
        }
        // the next test starts with an empty reader, as pcscd sees it
        TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal("Virtual PCD 00 00").waitForCardAbsent(10_000);
    }

    private PassportReader reader() {
        if (reader != null) {
            return reader;
        }
        reader = new PassportReader("passport", new PassportReader.Options(READER, Duration.ofMillis(200), trustStore), Clock.systemUTC());
        return reader;
    }

    private void layOn(PassportFiles files) throws Exception {
        layOn(new EmrtdChip(files, MRZ));
    }

    private void layOn(EmrtdChip chip) throws Exception {
        passport = new VirtualPassport(chip);
        passport.insert();
        // pcscd notices a new card at its next presence poll
        assertThat(reader().awaitChip(Duration.ofSeconds(10))).isTrue();
    }

    private static PassportFiles signedBy(TestPki pki) {
        return PassportFiles.build(MRZ, face, pki);
    }

    @Test
    void aGoodReadGivesTheMrzTheFaceAndVerifiedData() throws Exception {
        layOn(signedBy(utopia));
        PassportRead read = reader().read(KEY);

        MrzData mrz = read.mrz();
        assertThat(mrz.documentNumber()).isEqualTo("L898902C");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.birthDate()).isEqualTo("690806");
        assertThat(read.com().dataGroups()).containsExactlyInAnyOrder(1, 2);
        assertThat(read.face()).hasValueSatisfying(f -> {
            assertThat(f.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(f.bytes()).isEqualTo(face);
        });
        assertThat(read.authentication().outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(read.toString()).doesNotContain("L898902C", "ERIKSSON", "690806");

        read.wipe();
        assertThat(read.face().orElseThrow().isWiped()).isTrue();
    }

    @Test
    void aWrongMrzIsRefusedByTheChip() throws Exception {
        layOn(signedBy(utopia));
        AccessKey wrong = AccessKey.of("L898902C", "690807", "940623");
        assertThatThrownBy(() -> reader().read(wrong)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.code()).isEqualTo(PassportError.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("6300").doesNotContain("L898902C", "690807");
        });
    }

    @Test
    void thePassportTakenOffMidReadEndsInChipRemoved() throws Exception {
        layOn(signedBy(utopia));
        // select, challenge, authenticate, then the passport goes during the files
        passport.removeAfter(9);
        assertThatThrownBy(() -> reader().read(KEY)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(PassportError.CHIP_REMOVED));
    }

    @Test
    void aChipWithoutTheEmrtdApplication() throws Exception {
        layOn(new EmrtdChip(signedBy(utopia), MRZ).answering(0xA4, 0x6A82));
        assertThatThrownBy(() -> reader().read(KEY)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.code()).isEqualTo(PassportError.NOT_AN_EMRTD);
            assertThat(e.getMessage()).contains("6A82");
        });
    }

    @Test
    void anUnexpectedStatusWordDuringTheReadIsAChipError() throws Exception {
        layOn(new EmrtdChip(signedBy(utopia), MRZ).answering(0xB0, 0x6581));
        assertThatThrownBy(() -> reader().read(KEY)).isInstanceOfSatisfying(DeviceException.class, e -> {
            assertThat(e.code()).isEqualTo(PassportError.CHIP_ERROR);
            assertThat(e.getMessage()).contains("READ BINARY EF.COM").contains("6581");
        });
    }

    @Test
    void noPassportOnTheReader() {
        assertThatThrownBy(() -> reader().read(KEY)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(PassportError.NO_CHIP));
    }

    @Test
    void anAlteredDataGroupFailsPassiveAuthenticationNamingIt() throws Exception {
        layOn(signedBy(utopia).withAlteredDataGroup(PassportFiles.DG2));
        PassportRead read = reader().read(KEY);
        assertThat(read.authentication().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(read.authentication().failedCheck()).contains(FailedCheck.DATA_GROUP_HASH);
        assertThat(read.authentication().dataGroup()).hasValue(2);
    }

    @Test
    void aSignerUnderAnotherCscaOfTheStateFailsTheChain() throws Exception {
        layOn(signedBy(TestPki.generate("UT")));
        PassportRead read = reader().read(KEY);
        assertThat(read.authentication().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(read.authentication().failedCheck()).contains(FailedCheck.CHAIN);
    }

    @Test
    void aStateWithoutCscaInTheTrustStoreIsNotVerifiable() throws Exception {
        layOn(signedBy(TestPki.generate("XZ")));
        PassportRead read = reader().read(KEY);
        assertThat(read.authentication().outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(read.authentication().verified()).isFalse();
    }

    @Test
    void watchingReportsTheChipAndTheReaderComingAndGoing() throws Exception {
        BlockingQueue<StatusEvent> events = new LinkedBlockingQueue<>();
        PassportReader watching = reader();
        passport = new VirtualPassport(new EmrtdChip(signedBy(utopia), MRZ));
        watching.addStatusListener(events::add);
        watching.start();
        assertThat(watching.awaitConnected(Duration.ofSeconds(10))).isTrue();
        await(events, s -> chip(s) == ChipPresence.ABSENT);

        passport.insert();
        await(events, s -> s.state() == DeviceState.ONLINE && chip(s) == ChipPresence.PRESENT);
        assertThat(watching.read(KEY).authentication().verified()).isTrue();

        passport.remove();
        await(events, s -> s.state() == DeviceState.ONLINE && chip(s) == ChipPresence.ABSENT);

        pcscd.stop();
        await(events, s -> s.state() == DeviceState.NO_DEVICE);
        pcscd.restart();
        await(events, s -> s.state() == DeviceState.ONLINE && chip(s) == ChipPresence.ABSENT);

        passport.insert();
        await(events, s -> s.state() == DeviceState.ONLINE && chip(s) == ChipPresence.PRESENT);
        assertThat(watching.read(KEY).mrz().documentNumber()).isEqualTo("L898902C");
    }

    @Test
    void aReaderNameThatMatchesNothingIsNoReader() {
        reader = new PassportReader("passport", new PassportReader.Options(Pattern.compile("No Such Reader"), Duration.ofMillis(200),
                trustStore), Clock.systemUTC());
        assertThatThrownBy(() -> reader.read(KEY)).isInstanceOfSatisfying(DeviceException.class,
                e -> assertThat(e.code()).isEqualTo(PassportError.NO_READER));
    }

    private static ChipPresence chip(DeviceStatus status) {
        return status.detail() instanceof PassportDetail d ? d.chip() : ChipPresence.UNKNOWN;
    }

    private static void await(BlockingQueue<StatusEvent> events, Predicate<DeviceStatus> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            StatusEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e.current())) {
                return;
            }
        }
        throw new AssertionError("the awaited status was not published");
    }
}
