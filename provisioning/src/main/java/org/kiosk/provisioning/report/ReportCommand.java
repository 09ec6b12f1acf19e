package org.kiosk.provisioning.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kiosk.device.printer.pdf.ReceiptPdfOptions;
import org.kiosk.provisioning.config.ConfigureCommand;
import org.kiosk.provisioning.config.KioskConfigFile;
import org.kiosk.provisioning.detect.DeviceMap;
import org.kiosk.provisioning.detect.PortKind;
import org.kiosk.provisioning.detect.PortReport;
import org.kiosk.provisioning.enroll.CertificateFacts;
import org.kiosk.provisioning.selftest.CheckResult;
import org.kiosk.provisioning.selftest.SelfTestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the provisioning report (PDF): the kiosk's identity and site, its device map with model,"
                + " firmware and serial where the devices tell them, the self-test results with their times, and the"
                + " certificate's fingerprint and validity."})
public final class ReportCommand implements Callable<Integer> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<String, PortKind> DEVICES = new LinkedHashMap<>();

    static {
        DEVICES.put("printer", PortKind.RECEIPT_PRINTER);
        DEVICES.put("idcard", PortKind.ID_CARD_READER);
        DEVICES.put("fingerprint", PortKind.FINGERPRINT);
        DEVICES.put("qr", PortKind.QR_SCANNER);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--technician", required = true, paramLabel = "NAME", description = "Who provisioned the kiosk.")
    String technician;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/kiosk/kiosk.yml", description = "The configuration (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the self-test results are; by default kiosk.data-dir.")
    Path dataDir;

    @Option(names = "--devices", paramLabel = "FILE", description = "The device map from 'detect --out'; by default devices.json in the data folder, if there.")
    Path devices;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType font with Chinese glyphs (default: WenQuanYi Micro Hei).")
    Path font;

    @Override
    public Integer call() throws Exception {
        KioskConfigFile file = KioskConfigFile.read(config);
        Path data = dataDir != null ? dataDir : Path.of(file.get("kiosk.data-dir").orElse(ConfigureCommand.DEFAULT_DATA_DIR));
        SelfTestReport selfTest = SelfTestReport.read(data);
        Path mapFile = devices != null ? devices : data.resolve("devices.json");
        Optional<DeviceMap> map = devices != null || Files.exists(mapFile) ? Optional.of(DeviceMap.read(mapFile)) : Optional.empty();
        Instant now = Instant.now();

        List<ProvisioningReport.Section> sections = new ArrayList<>();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("Kiosk id 终端编号", file.get("kiosk.id").orElse(null));
        identity.put("Site 场所", file.get("kiosk.centre.name").orElse(null));
        identity.put("Site code 场所代码", file.get("kiosk.ops.site").orElse(null));
        identity.put("Region 地区", file.get("kiosk.centre.hours.region").orElse(null));
        identity.put("Service centre 服务中心", file.get("kiosk.centre.code").orElse(null));
        identity.put("Platform 平台", file.get("kiosk.platform.url").orElse(null));
        identity.put("Technician 技术员", technician);
        identity.put("Report date 报告时间", SHOWN.format(now));
        sections.add(new ProvisioningReport.Section("Kiosk 终端", ProvisioningReport.keyValues(identity)));

        List<String> deviceLines = new ArrayList<>();
        for (Map.Entry<String, PortKind> d : DEVICES.entrySet()) {
            Optional<String> port = file.get("kiosk." + d.getKey() + ".serial-port")
                    .filter(p -> file.get("kiosk." + d.getKey() + ".connection").filter("serial"::equals).isPresent());
            if (port.isEmpty()) {
                deviceLines.add(d.getValue() + ": not configured");
                continue;
            }
            Optional<PortReport> found = map.flatMap(m -> m.ports().stream()
                    .filter(p -> p.kind() == d.getValue() && port.get().equals(p.preferredPath())).findFirst());
            deviceLines.add(d.getValue() + ": " + port.get() + " @ " + file.get("kiosk." + d.getKey() + ".baud-rate").orElse("-") + " baud"
                    + "; model " + found.map(PortReport::model).orElse(null) + "; firmware " + found.map(PortReport::firmware).orElse(null)
                    + "; serial " + found.map(PortReport::serial).orElse(null));
        }
        deviceLines.replaceAll(l -> l.replace(" null", " -"));
        if (file.get("kiosk.passport.enabled").filter("true"::equals).isPresent()) {
            deviceLines.add("PASSPORT_READER: PC/SC " + file.get("kiosk.passport.reader").map(r -> "'" + r + "'").orElse("(first reader)"));
        }
        sections.add(new ProvisioningReport.Section("Device map 设备清单", deviceLines));

        List<String> testLines = new ArrayList<>();
        for (CheckResult c : selfTest.checks()) {
            testLines.add(String.format("%-11s %-7s %s  %d ms  %s", c.check(), c.result(), SHOWN.format(Instant.parse(c.startedAt())),
                    c.durationMillis(), c.reason()));
        }
        testLines.add("Overall 总体: " + (selfTest.passed() ? "PASS 通过" : "FAIL 未通过"));
        sections.add(new ProvisioningReport.Section("Self-test 自检 (" + SHOWN.format(Instant.parse(selfTest.finishedAt())) + ")", testLines));

        List<String> certLines = new ArrayList<>();
        Optional<String> keyStore = file.get("kiosk.platform.key-store");
        if (keyStore.isPresent() && Files.exists(Path.of(keyStore.get()))) {
            Map<String, Object> facts = CertificateFacts.of(Path.of(keyStore.get()),
                    file.get("kiosk.platform.key-store-password").orElse("").toCharArray());
            certLines.add("Subject: " + facts.get("subject"));
            certLines.add("Issuer: " + facts.get("issuer"));
            certLines.add("SHA-256: " + facts.get("sha256Fingerprint"));
            certLines.add("Valid 有效期: " + SHOWN.format(Instant.parse((String) facts.get("notBefore"))) + " to "
                    + SHOWN.format(Instant.parse((String) facts.get("notAfter"))));
        } else {
            certLines.add("not enrolled 未注册");
        }
        sections.add(new ProvisioningReport.Section("Certificate 证书", certLines));

        ProvisioningReport report = new ProvisioningReport(font != null ? font : ReceiptPdfOptions.DEBIAN_WQY_MICROHEI,
                ReceiptPdfOptions.WQY_MICROHEI_NAME);
        report.write(out, "自助终端开通报告 Kiosk provisioning report", sections, now);
        spec.commandLine().getOut().println("Wrote " + out + ".");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
