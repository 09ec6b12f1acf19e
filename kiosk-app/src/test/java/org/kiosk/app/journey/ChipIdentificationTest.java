package org.kiosk.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.config.PassportProperties;
import org.kiosk.app.simulation.SimulatedPassport;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PassportIdentification.AccessData;
import org.kiosk.app.ui.service.PassportIdentification.Authenticity;
import org.kiosk.app.ui.service.PassportIdentification.PassportSummary;
import org.kiosk.app.ui.service.PassportIdentification.Problem;
import org.kiosk.app.ui.service.PassportIdentification.ReadFailed;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.app.ui.session.PersonalValue;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.passport.ChipPresence;
import org.kiosk.device.passport.PassportDetail;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.pa.CscaTrustStore;

/**
 * Passport identification over the simulated stack's own pcscd with vpcd and its test passports: the chip's fields go
 * into the session and leave with it, and every way a read fails is its own problem, with nothing personal in the
 * message.
 */
@Timeout(120)
class ChipIdentificationTest {

    private static final AccessData SAMPLE = new AccessData("L898902C", LocalDate.of(1974, 8, 12), LocalDate.of(2034, 4, 15));
    private static final Duration CHIP_WAIT = Duration.ofSeconds(1);

    private static SimulatedPassport simulated;
    private static PassportReader reader;
    private static ExecutorService executor;
    private static ChipIdentification passports;

    @BeforeAll
    static void startTheReader(@TempDir Path dir) throws Exception {
        Pcsc.useLibrary(Path.of(PassportProperties.DEFAULT_PCSC_LIBRARY));
        simulated = SimulatedPassport.startOrAbsent(dir.resolve("csca"));
        assertThat(simulated.running()).as("pcscd with vpcd started (Debian pcscd, vsmartcard-vpcd; root)").isTrue();
        reader = new PassportReader("passport", new PassportReader.Options(SimulatedPassport.READER, Duration.ofMillis(100),
                CscaTrustStore.load(simulated.trustStore().orElseThrow())), Clock.systemDefaultZone());
        reader.start();
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).isTrue();
        executor = Executors.newVirtualThreadPerTaskExecutor();
        passports = new ChipIdentification(reader, Optional.empty(), Clock.systemDefaultZone(), executor, CHIP_WAIT);
    }

    @AfterAll
    static void stopTheReader() {
        if (reader != null) {
            reader.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (simulated != null) {
            simulated.close();
            assertThat(simulated.running()).isFalse();
        }
    }

    @AfterEach
    void takeThePassportOff() throws Exception {
        simulated.remove();
        awaitStatus(s -> s.detail() instanceof PassportDetail d && d.chip() == ChipPresence.ABSENT);
    }

    private static void awaitStatus(Predicate<DeviceStatus> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!wanted.test(reader.status()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wanted.test(reader.status())).as("reader status %s", reader.status()).isTrue();
    }

    private static PassportSummary read(KioskSession session, AccessData access) throws Exception {
        try {
            return passports.read(session, access, () -> { }).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static String field(KioskSession session, DocumentField field) {
        return session.documentField(field).map(PersonalValue::reveal).orElse(null);
    }

    @Test
    void theSamplePassportFillsTheSessionAndIsHeldOnlyUntilTheWipe() throws Exception {
        assertThat(passports.readerReady()).isTrue();
        simulated.place(SimulatedPassport.SAMPLE);
        KioskSession session = new KioskSession();

        PassportSummary summary = read(session, SAMPLE);

        assertThat(summary.document()).isEqualTo(new Identification.DocumentSummary(Identification.DocumentKind.PASSPORT, false, false));
        assertThat(summary.authenticity()).isEqualTo(Authenticity.VERIFIED);
        assertThat(field(session, DocumentField.DOCUMENT_TYPE)).isEqualTo("PASSPORT");
        assertThat(field(session, DocumentField.NAME)).isEqualTo("ERIKSSON ANNA MARIA");
        assertThat(field(session, DocumentField.DOCUMENT_NUMBER)).isEqualTo("L898902C");
        assertThat(field(session, DocumentField.BIRTH_DATE)).isEqualTo("1974-08-12");
        assertThat(field(session, DocumentField.VALID_UNTIL)).isEqualTo("2034-04-15");
        assertThat(field(session, DocumentField.SEX)).isEqualTo("FEMALE");
        assertThat(passports.read(session)).hasValueSatisfying(r -> assertThat(r.face()).isPresent());

        session.wipe();
        assertThat(passports.read(session)).isEmpty();
        assertThat(session.hasPersonalData()).isFalse();
    }

    @Test
    void anExpiredPassportIsReadAndSaidToBeExpired() throws Exception {
        simulated.place(SimulatedPassport.EXPIRED);
        PassportSummary summary = read(new KioskSession(), new AccessData("L898902C3", LocalDate.of(1974, 8, 12), LocalDate.of(2012, 4, 15)));
        assertThat(summary.document().expired()).isTrue();
    }

    @Test
    void aWrongBirthDateIsRefusedByTheChipAndNothingIsKept() throws Exception {
        simulated.place(SimulatedPassport.SAMPLE);
        KioskSession session = new KioskSession();
        assertThatThrownBy(() -> read(session, new AccessData("L898902C", LocalDate.of(1974, 8, 13), LocalDate.of(2034, 4, 15))))
                .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_ACCESS_DATA))
                .hasMessageNotContaining("L898902C").hasMessageNotContaining("740813");
        assertThat(session.hasPersonalData()).isFalse();
        assertThat(passports.read(session)).isEmpty();
    }

    @Test
    void aPassportTakenOffDuringTheReadIsChipRemoved() throws Exception {
        simulated.place(SimulatedPassport.SAMPLE);
        awaitStatus(s -> s.detail() instanceof PassportDetail d && d.chip() == ChipPresence.PRESENT);
        // after the application is selected and BAC begun
        simulated.removeAfter(3);
        assertThatThrownBy(() -> read(new KioskSession(), SAMPLE))
                .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.CHIP_REMOVED));
    }

    @Test
    void noPassportOnTheReaderIsNoChip() {
        assertThatThrownBy(() -> read(new KioskSession(), SAMPLE))
                .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_CHIP));
    }

    @Test
    void aVisitEndingWhileTheKioskWaitsForThePassportEndsTheWait() {
        KioskSession session = new KioskSession();
        var pending = passports.read(session, SAMPLE, () -> { });
        session.wipe();
        assertThatThrownBy(() -> pending.get(60, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_CHIP));
    }

    @Test
    void aPassportWhoseDataWasAlteredAfterSigningIsNotAuthentic() throws Exception {
        simulated.place(SimulatedPassport.ALTERED);
        KioskSession session = new KioskSession();
        assertThatThrownBy(() -> read(session, SAMPLE))
                .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_AUTHENTIC));
        assertThat(session.hasPersonalData()).isFalse();
    }

    @Test
    void withoutItsReaderTheKioskSaysTheReaderIsGone() throws Exception {
        try (PassportReader absent = new PassportReader("absent", new PassportReader.Options(Pattern.compile("No Such Reader"),
                Duration.ofMillis(100), CscaTrustStore.empty()), Clock.systemDefaultZone())) {
            absent.start();
            ChipIdentification without = new ChipIdentification(absent, Optional.empty(), Clock.systemDefaultZone(), executor, CHIP_WAIT);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (absent.status().error().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(without.readerReady()).isFalse();
            assertThatThrownBy(() -> without.read(new KioskSession(), SAMPLE, () -> { }).get(60, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ReadFailed.class, e -> assertThat(e.problem()).isEqualTo(Problem.READER_GONE));
        }
    }
}
