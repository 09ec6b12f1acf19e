package org.kiosk.app.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.kiosk.device.idcard.document.Masking;
import org.kiosk.device.printer.receipt.Alignment;
import org.kiosk.device.printer.receipt.Receipt;
import org.kiosk.device.printer.receipt.TextStyle;
import org.kiosk.platform.client.SubmissionResult;

/**
 * The receipt a citizen takes home for an application in the outbox: the acceptance receipt with the case number
 * once the platform has acknowledged it, else a provisional receipt with the kiosk's local reference, whose QR code
 * resolves to the case number later. Name and ID number are printed masked.
 */
public final class OutboxReceipts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final TextStyle CENTRED = TextStyle.NORMAL.withAlignment(Alignment.CENTER);

    /**
     * What the journey knows of the application beyond the outbox.
     *
     * @param matterName   the matter's name in Chinese
     * @param matterNameEn the matter's name in English
     * @param applicant    the applicant's name (printed masked)
     * @param idNumber     the applicant's document number (printed masked)
     * @param collection   where or how the result arrives, e.g. {@code 邮寄 By post}
     */
    public record Facts(String matterName, String matterNameEn, String applicant, String idNumber, String collection) {
        public Facts {
            Objects.requireNonNull(matterName, "matterName");
            Objects.requireNonNull(matterNameEn, "matterNameEn");
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(collection, "collection");
        }

        @Override
        public String toString() {
            return "Facts[" + matterNameEn + ", applicant " + Masking.name(applicant) + ", " + Masking.number(idNumber) + "]";
        }
    }

    private OutboxReceipts() {
    }

    /**
     * The receipt for {@code record} as it stands: final when acknowledged, provisional while it waits to be sent.
     *
     * @throws IllegalArgumentException for a rejected or expired application, which gets no receipt: the citizen is
     *                                  told why and sent to the counter
     */
    public static Receipt of(OutboxRecord record, Facts facts, String kioskId, ZoneId zone) {
        return switch (record.state()) {
            case ACKNOWLEDGED -> acceptance(record.platformCase(), facts, zone);
            case PENDING, SENT -> provisional(record, facts, kioskId, zone);
            case REJECTED, EXPIRED -> throw new IllegalArgumentException("application " + record.localReference() + " is "
                    + record.state() + ": it gets no receipt");
        };
    }

    /** The acceptance receipt: the case number, the committed date and the platform's tracking code as QR. */
    public static Receipt acceptance(SubmissionResult.Accepted platformCase, Facts facts, ZoneId zone) {
        return header(Receipt.builder().title("广东政务服务 受理回执")
                .text("Government Services Acceptance Receipt", CENTRED)
                .separator()
                .keyValue("受理编号 Case No.", platformCase.caseNumber()), facts)
                .keyValue("受理时间 Accepted", time(platformCase.acceptedAt(), zone))
                .keyValue("承诺办结 Due by", platformCase.committedCompletion().toString())
                .keyValue("领取方式 Collection", facts.collection())
                .separator()
                .text("扫码查询办理进度 Scan to track progress", CENTRED)
                .qr(platformCase.trackingCode())
                .text("如需人工服务，请到窗口办理。", CENTRED)
                .text("Counter service is available at any time.", CENTRED)
                .cut()
                .build();
    }

    /**
     * The provisional receipt: the kiosk has the application safely and sends it as soon as the platform can be
     * reached; its QR code resolves to the case number once the platform has acknowledged it.
     */
    public static Receipt provisional(OutboxRecord record, Facts facts, String kioskId, ZoneId zone) {
        return header(Receipt.builder().title("广东政务服务 临时回执")
                .text("Provisional Receipt", CENTRED)
                .separator()
                .keyValue("临时编号 Local ref.", record.localReference()), facts)
                .keyValue("提交时间 Submitted", time(record.acceptedAt(), zone))
                .keyValue("领取方式 Collection", facts.collection())
                .separator()
                .text("申请已安全保存，网络恢复后自动提交，受理编号随后生成。", CENTRED)
                .text("Your application is saved and will be sent when the platform can be reached; the case number follows.", CENTRED)
                .text("扫码查询受理编号 Scan for the case number", CENTRED)
                .qr(new LocalReferenceCode(kioskId, record.localReference()).text())
                .text("如需人工服务，请到窗口办理。", CENTRED)
                .text("Counter service is available at any time.", CENTRED)
                .cut()
                .build();
    }

    private static Receipt.Builder header(Receipt.Builder receipt, Facts facts) {
        return receipt.keyValue("事项 Matter", facts.matterName())
                .text(facts.matterNameEn())
                .keyValue("申请人 Applicant", Masking.name(facts.applicant()))
                .keyValue("证件号码 ID No.", Masking.number(facts.idNumber()));
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
