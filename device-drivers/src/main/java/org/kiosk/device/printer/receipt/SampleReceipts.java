package org.kiosk.device.printer.receipt;

/**
 * Receipts every installation can print: the technician's test page and the standard sample acceptance
 * receipt (the benchmark's yardstick and the demo's output). They hold no real person's data.
 */
public final class SampleReceipts {

    public static final String TEST_QR_PAYLOAD = "https://kiosk.example/test";
    public static final String SAMPLE_TRACKING_URL = "https://kiosk.example/track/GD2026112700001";

    private SampleReceipts() {
    }

    /** The test page of {@code kioskctl printer test}: Chinese and English text, a QR code, a cut. */
    public static Receipt testPage(String profileName) {
        return Receipt.builder()
                .title("打印机测试 Printer test")
                .text("中文：政务服务一体机打印测试")
                .text("English: government self-service kiosk")
                .keyValue("打印配置 Profile", profileName)
                .separator()
                .qr(TEST_QR_PAYLOAD)
                .text(TEST_QR_PAYLOAD, TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .cut()
                .build();
    }

    /** An acceptance receipt as a citizen takes it home. */
    public static Receipt acceptanceReceipt() {
        return Receipt.builder()
                .title("广东政务服务 受理回执")
                .text("Government Services Acceptance Receipt", TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .separator()
                .keyValue("受理编号 Case No.", "GD2026112700001")
                .keyValue("事项 Matter", "居民身份证换领")
                .text("Renewal of resident identity card")
                .keyValue("申请人 Applicant", "张*明")
                .keyValue("证件号码 ID No.", "4405**********0014")
                .keyValue("受理时间 Accepted", "2026-11-27 21:05")
                .keyValue("承诺办结 Due by", "2026-12-11")
                .keyValue("领取方式 Collection", "邮寄 By post")
                .separator()
                .text("扫码查询办理进度 Scan to track progress", TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .qr(SAMPLE_TRACKING_URL)
                .text("如需人工服务，请到窗口办理。", TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .text("Counter service is available at any time.", TextStyle.NORMAL.withAlignment(Alignment.CENTER))
                .cut()
                .build();
    }
}
