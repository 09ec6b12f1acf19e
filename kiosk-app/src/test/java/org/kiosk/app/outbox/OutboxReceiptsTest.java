package org.kiosk.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kiosk.app.outbox.TestApplications.ID_NUMBER;
import static org.kiosk.app.outbox.TestApplications.MATTER;
import static org.kiosk.app.outbox.TestApplications.NAME;
import static org.kiosk.app.outbox.TestApplications.application;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.ReceiptElement;
import org.kiosk.platform.client.SubmissionResult;

/** A provisional receipt carries the local reference, whose code later resolves to the case number. */
class OutboxReceiptsTest {

    private static final String KIOSK = "kiosk-0001";
    private static final OutboxReceipts.Facts FACTS = new OutboxReceipts.Facts("居民身份证换领", "Renewal of resident identity card",
            NAME, ID_NUMBER, "邮寄 By post");
    private static final SubmissionResult.Accepted CASE = new SubmissionResult.Accepted("GD2026112800007",
            Instant.parse("2026-11-28T01:00:00Z"), LocalDate.of(2026, 12, 11), "https://kiosk.example/track/signed-code");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T15:30:00Z"));

    @Test
    void aProvisionalReceiptCarriesTheLocalReferenceWhoseCodeResolvesToTheCaseOnceAcknowledged() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord waiting = outbox.accept(MATTER, application(1));
            Receipt provisional = OutboxReceipts.of(waiting, FACTS, KIOSK, MutableClock.CHINA);

            assertThat(texts(provisional)).contains("广东政务服务 临时回执", "20261127-000001", "2026-11-27 23:30", "欧**远", "4405**********587X");
            String qr = qrCodes(provisional).getFirst();
            assertThat(qr).isEqualTo("kiosk-ref:v1:kiosk-0001:20261127-000001");
            assertNoFullPersonalData(provisional);

            LocalReferenceCode scanned = LocalReferenceCode.parse(qr);
            assertThat(outbox.byLocalReference(scanned.localReference()).orElseThrow().caseNumber()).isEmpty();
            outbox.markAcknowledged(outbox.markSent(waiting), CASE);
            OutboxRecord resolved = outbox.byLocalReference(scanned.localReference()).orElseThrow();
            assertThat(resolved.caseNumber()).contains("GD2026112800007");

            Receipt accepted = OutboxReceipts.of(resolved, FACTS, KIOSK, MutableClock.CHINA);
            assertThat(texts(accepted)).contains("广东政务服务 受理回执", "GD2026112800007", "2026-11-28 09:00", "2026-12-11");
            assertThat(qrCodes(accepted)).containsExactly("https://kiosk.example/track/signed-code");
            assertNoFullPersonalData(accepted);
        }
    }

    @Test
    void aRejectedApplicationGetsNoReceipt() throws Exception {
        try (SqliteOutbox outbox = TestApplications.open(dir, clock)) {
            OutboxRecord rejected = outbox.markRejected(outbox.markSent(outbox.accept(MATTER, application(1))), "APPLICANT_INELIGIBLE");
            assertThatThrownBy(() -> OutboxReceipts.of(rejected, FACTS, KIOSK, MutableClock.CHINA))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("application 20261127-000001 is REJECTED: it gets no receipt");
        }
    }

    @Test
    void factsNeverShowTheirPersonalDataInText() {
        assertThat(FACTS.toString()).doesNotContain(NAME).doesNotContain(ID_NUMBER).contains("4405**********587X");
    }

    @Test
    void malformedCodesAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> LocalReferenceCode.parse("https://example.org/x")).isInstanceOf(LocalReferenceCode.MalformedException.class)
                .hasMessageContaining("not a kiosk local reference code");
        assertThatThrownBy(() -> LocalReferenceCode.parse("kiosk-ref:v1:kiosk-0001:" + ID_NUMBER))
                .isInstanceOf(LocalReferenceCode.MalformedException.class).hasMessageNotContaining(ID_NUMBER);
        assertThatThrownBy(() -> LocalReferenceCode.parse(null)).isInstanceOf(LocalReferenceCode.MalformedException.class);
        assertThatThrownBy(() -> new LocalReferenceCode("kiosk 1", "20261127-000001")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(Receipt receipt) {
        return receipt.elements().stream().<String>mapMulti((e, out) -> {
            switch (e) {
                case ReceiptElement.Title t -> out.accept(t.text());
                case ReceiptElement.Text t -> out.accept(t.text());
                case ReceiptElement.KeyValue kv -> {
                    out.accept(kv.key());
                    out.accept(kv.value());
                }
                default -> {
                }
            }
        }).toList();
    }

    private static List<String> qrCodes(Receipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(e -> ((ReceiptElement.QrCode) e).payload()).toList();
    }

    private static void assertNoFullPersonalData(Receipt receipt) {
        assertThat(String.join("\n", texts(receipt)) + String.join("\n", qrCodes(receipt))).doesNotContain(NAME).doesNotContain(ID_NUMBER);
    }
}
