package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.Fault;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.idcard.ReaderCommand;
import org.kiosk.sim.pty.PtyPair;

/** kioskctl idcard as a technician runs it, against the ID-card reader emulator over a socat pty pair. */
class IdCardCommandTest {

    private static final CardLibrary CARDS = CardLibrary.bundled();
    private static final List<String> DOCUMENT_KEYS = List.of("documentType", "name", "englishName", "sex", "ethnicity",
            "nationality", "birthDate", "address", "idNumber", "issuer", "validFrom", "validTo", "passNumber",
            "issueCount", "fingerprintTemplates", "expired");
    private static final String SAM_ID = "05.01-20240101-123456789-987654321";

    @RegisterExtension
    final PluggedDevices plugged = new PluggedDevices();
    private IdCardReaderEmulator emulator;

    /** The emulator at {@code baud} on the device end of a fresh pty pair; returns the host end for {@code --port}. */
    private String readerOnPty(int baud) throws IOException {
        PtyPair pty = plugged.pty();
        emulator = IdCardReaderEmulator.builder().serial(pty.devicePath()).baud(baud).build();
        plugged.plug(emulator).start();
        return pty.hostPath().toString();
    }

    private String readerOnPty() throws IOException {
        return readerOnPty(IdCardReaderEmulator.DEFAULT_BAUD);
    }

    /** A reader with the bundled card {@code cardName} on it; returns the port. */
    private String readerWithCard(String cardName) throws IOException {
        String port = readerOnPty();
        emulator.place(CARDS.get(cardName));
        return port;
    }

    private static Outcome read(String port, String... options) {
        List<String> args = new ArrayList<>(List.of("idcard", "read", "--port", port));
        args.addAll(List.of(options));
        return kioskctl(args.toArray(String[]::new));
    }

    private static Map<String, Object> readJson(String port, String... options) {
        List<String> withJson = new ArrayList<>(List.of(options));
        withJson.add("--json");
        Map<String, Object> document = succeededWithJson(read(port, withJson.toArray(String[]::new)));
        assertThat(document).containsOnlyKeys(DOCUMENT_KEYS);
        return document;
    }

    @Nested
    class ReadAsJson {

        @ParameterizedTest
        @CsvSource({
                "resident-fp2, RESIDENT_ID, MALE, 测试市公安局示例分局, 2020-01-01, 2040-01-01",
                "resident-expired, RESIDENT_ID, MALE, 测试县公安局, 2000-01-01, 2020-01-01",
                "hmt-taiwan, HMT_RESIDENCE_PERMIT, FEMALE, 测试市公安局, 2024-01-05, 2029-01-05",
                "foreign-old, FOREIGN_PERMANENT_RESIDENCE, MALE, 1100, 2020-01-01, 2030-01-01",
                "foreign-2023, FOREIGN_PERMANENT_RESIDENCE, MALE, , 2023-06-01, 2033-06-01"})
        void eachLayoutGivesTheSameFieldsWithItsTypeSexIssuerAndIsoDates(String card, String type, String sex,
                String issuer, String validFrom, String validTo) throws Exception {
            Map<String, Object> document = readJson(readerWithCard(card));

            assertThat(document).containsEntry("documentType", type).containsEntry("sex", sex)
                    .containsEntry("issuer", issuer).containsEntry("validFrom", validFrom)
                    .containsEntry("validTo", validTo).containsEntry("fingerprintTemplates", 0);
        }

        @Test
        void residentIdIsMaskedByDefault() throws Exception {
            Outcome r = read(readerWithCard("resident-fp2"), "--json");
            Map<String, Object> document = succeededWithJson(r);

            assertThat(r.out()).doesNotContain("测试一", "321083197812162119", "江苏省测试市示例区样板路1号",
                    "1978-12-16", "19781216", "汉");
            assertThat(document).containsEntry("name", "测*一").containsEntry("idNumber", "3210**********2119")
                    .containsEntry("address", "江苏省测试市****").containsEntry("birthDate", "1978-**-**")
                    .containsEntry("ethnicity", "*").containsEntry("expired", false)
                    .containsEntry("englishName", null).containsEntry("nationality", null)
                    .containsEntry("passNumber", null).containsEntry("issueCount", null);
        }

        @Test
        void revealShowsTheResidentIdInFullWithItsFingerprintTemplates() throws Exception {
            Map<String, Object> document = readJson(readerWithCard("resident-fp2"), "--reveal", "--with-fingerprint");

            assertThat(document).containsEntry("name", "测试一").containsEntry("idNumber", "321083197812162119")
                    .containsEntry("address", "江苏省测试市示例区样板路1号").containsEntry("birthDate", "1978-12-16")
                    .containsEntry("ethnicity", "汉").containsEntry("fingerprintTemplates", 2);
        }

        @Test
        void fingerprintTemplatesAreCountedOnlyWhenAskedFor() throws Exception {
            String port = readerWithCard("resident-fp2");

            assertThat(readJson(port)).containsEntry("fingerprintTemplates", 0);
            assertThat(readJson(port, "--with-fingerprint")).containsEntry("fingerprintTemplates", 2);
        }

        @Test
        void aReaderRefusingFingerprintsOfACardWithoutAnyStillGivesTheDocument() throws Exception {
            String port = readerWithCard("resident");
            emulator.injectPersistent(Fault.noFingerprintContent());

            assertThat(readJson(port, "--with-fingerprint")).containsEntry("documentType", "RESIDENT_ID")
                    .containsEntry("fingerprintTemplates", 0);
        }

        @Test
        void anExpiredCardIsFlaggedButStillRead() throws Exception {
            assertThat(readJson(readerWithCard("resident-expired"))).containsEntry("expired", true);
        }

        @Test
        void aLongTermCardHasNoValidToAndNeverExpires() throws Exception {
            assertThat(readJson(readerWithCard("resident-long-term")))
                    .containsEntry("validFrom", "2010-01-01").containsEntry("validTo", null)
                    .containsEntry("expired", false).containsEntry("sex", "FEMALE");
        }

        @Test
        void hongKongPermitShowsItsPassNumberMaskedAndItsIssueCount() throws Exception {
            String port = readerWithCard("hmt-hong-kong");

            Outcome masked = read(port, "--json");
            assertThat(succeededWithJson(masked)).containsEntry("documentType", "HMT_RESIDENCE_PERMIT")
                    .containsEntry("name", "测*六").containsEntry("idNumber", "8100**********013X")
                    .containsEntry("passNumber", "H1*****78").containsEntry("issueCount", 1)
                    .containsEntry("ethnicity", null).containsEntry("birthDate", "1998-**-**");
            assertThat(masked.out()).doesNotContain("测试六", "81000019980902013X", "H12345678",
                    "广东省测试市示例区样板路6号", "1998-09-02");

            assertThat(readJson(port, "--reveal")).containsEntry("passNumber", "H12345678")
                    .containsEntry("idNumber", "81000019980902013X").containsEntry("address", "广东省测试市示例区样板路6号")
                    .containsEntry("birthDate", "1998-09-02");
        }

        @Test
        void oldForeignerCardShowsItsEnglishNameNationalityAndPermitNumber() throws Exception {
            String port = readerWithCard("foreign-old");

            Outcome masked = read(port, "--json");
            assertThat(succeededWithJson(masked)).containsEntry("englishName", "T*********A")
                    .containsEntry("name", "测*甲").containsEntry("nationality", "GBR")
                    .containsEntry("idNumber", "GBR1*******0112").containsEntry("address", null)
                    .containsEntry("birthDate", "1985-**-**");
            assertThat(masked.out()).doesNotContain("TEST, ALPHA", "测试甲", "GBR110085010112", "1985-01-01");

            assertThat(readJson(port, "--reveal")).containsEntry("englishName", "TEST, ALPHA")
                    .containsEntry("name", "测试甲").containsEntry("idNumber", "GBR110085010112")
                    .containsEntry("birthDate", "1985-01-01");
        }

        @Test
        void foreignerCardOf2023ShowsItsLongEnglishNameAndRenewalCount() throws Exception {
            String port = readerWithCard("foreign-2023");

            Outcome masked = read(port, "--json", "--with-fingerprint");
            assertThat(succeededWithJson(masked)).containsEntry("idNumber", "9326**********0017")
                    .containsEntry("nationality", "GBR").containsEntry("issueCount", 0)
                    .containsEntry("fingerprintTemplates", 2).containsEntry("issuer", null);
            assertThat(masked.out()).doesNotContain("BRAVO", "测试乙", "932682198501010017", "1985-01-01");

            assertThat(readJson(port, "--reveal")).containsEntry("englishName", "TEST, BRAVO CHARLIE DELTA ECHO FOXTROT")
                    .containsEntry("idNumber", "932682198501010017");
        }
    }

    @Nested
    class ReadAsText {

        @Test
        void eachFieldIsOneLabelledLineAndPersonalFieldsAreMasked() throws Exception {
            Outcome r = read(readerWithCard("resident-fp2"));

            assertSucceeded(r);
            assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(':'))).toList())
                    .containsExactlyElementsOf(DOCUMENT_KEYS);
            assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("documentType:\\s+RESIDENT_ID"))
                    .anySatisfy(l -> assertThat(l).matches("idNumber:\\s+3210\\*{10}2119"))
                    .anySatisfy(l -> assertThat(l).matches("validTo:\\s+2040-01-01"))
                    .anySatisfy(l -> assertThat(l).matches("expired:\\s+false"));
            assertThat(r.out()).doesNotContain("测试一", "321083197812162119", "江苏省测试市示例区样板路1号", "1978-12-16");
        }

        @Test
        void fieldsTheDocumentLacksAreShownAsADash() throws Exception {
            Outcome r = read(readerWithCard("resident-long-term"));

            assertSucceeded(r);
            assertThat(r.out()).doesNotContain("null");
            assertThat(r.out().lines()).anySatisfy(l -> assertThat(l).matches("validTo:\\s+-"))
                    .anySatisfy(l -> assertThat(l).matches("passNumber:\\s+-"));
        }
    }

    @Nested
    class ReadFails {

        @Test
        void noCardOnTheReader() throws Exception {
            assertFailedInOneLine(read(readerOnPty(), "--json"), "card not read", "NO_CARD");
        }

        @Test
        void aBadCheckDigitIsAnInvalidDocumentThatNamesNoNumber() throws Exception {
            Outcome r = read(readerWithCard("resident-bad-check-digit"), "--reveal");

            assertFailedInOneLine(r, "DOCUMENT_INVALID", "check digit");
            assertThat(r.err()).doesNotContain("110105194912310021", "测试五");
        }

        @Test
        void theReaderFailingTheRead() throws Exception {
            String port = readerWithCard("resident");
            emulator.inject(Fault.status(0x41).on(ReaderCommand.READ_TEXT_PHOTO));

            assertFailedInOneLine(read(port, "--json"), "card not read", "CARD_READ_FAILED");
        }
    }

    @Nested
    class Sam {

        @Test
        void printsTheFormattedSamId() throws Exception {
            Outcome r = kioskctl("idcard", "sam", "--port", readerOnPty());

            assertSucceeded(r);
            assertThat(r.out()).matches("samId:\\s+" + SAM_ID + "\n");
        }

        @Test
        void asJson() throws Exception {
            assertThat(succeededWithJson(kioskctl("idcard", "sam", "--port", readerOnPty(), "--json")))
                    .containsExactly(Map.entry("samId", SAM_ID));
        }

        @Test
        void atTheBaudRateGiven() throws Exception {
            assertThat(succeededWithJson(kioskctl("idcard", "sam", "--port", readerOnPty(9600), "--baud", "9600", "--json")))
                    .containsEntry("samId", SAM_ID);
        }
    }

    @Nested
    class Unreachable {

        @Test
        void aPortThatDoesNotExist() {
            assertFailedInOneLine(kioskctl("idcard", "read", "--port", "/nonexistent", "--timeout", "1s"),
                    "not reachable", "serial:/nonexistent", "1 s");
            assertFailedInOneLine(kioskctl("idcard", "sam", "--port", "/nonexistent", "--timeout", "300ms"),
                    "not reachable", "within 300 ms");
        }

        @Test
        void aReaderThatNeverAnswers() throws Exception {
            String port = readerOnPty();
            emulator.injectPersistent(Fault.silent());

            assertFailedInOneLine(kioskctl("idcard", "sam", "--port", port, "--timeout", "2s"), "not reachable", port);
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void noPort() {
            assertUsageError(kioskctl("idcard", "read", "--json"), "--port");
            assertUsageError(kioskctl("idcard", "sam"), "--port");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "fast", "115200.5", "99999999999"})
        void aBaudRateThatIsNotAPositiveWholeNumber(String baud) {
            assertUsageError(kioskctl("idcard", "read", "--port", "/dev/ttyUSB0", "--baud", baud), "--baud", baud);
            assertUsageError(kioskctl("idcard", "sam", "--port", "/dev/ttyUSB0", "--baud", baud), "--baud", baud);
        }

        @Test
        void timeoutThatIsNotPositive() {
            assertUsageError(kioskctl("idcard", "read", "--port", "/dev/ttyUSB0", "--timeout", "0s"), "--timeout", "0s");
        }

        @Test
        void noSubcommand() {
            assertUsageError(kioskctl("idcard"), "Missing required subcommand");
        }
    }

    @Test
    void helpNamesTheOptions() {
        Outcome r = kioskctl("idcard", "read", "--help");

        assertSucceeded(r);
        assertThat(r.out()).startsWith("Usage: kioskctl idcard read")
                .contains("--port", "--baud", "--with-fingerprint", "--reveal", "--json", "--timeout");
    }
}
