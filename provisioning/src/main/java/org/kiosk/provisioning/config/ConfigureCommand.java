package org.kiosk.provisioning.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.provisioning.detect.DeviceMap;
import org.kiosk.provisioning.detect.PortKind;
import org.kiosk.provisioning.detect.PortReport;
import org.kiosk.provisioning.enroll.KioskStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "configure", mixinStandardHelpOptions = true,
        description = {"Write the kiosk's configuration file: its identity, site, platform and device map.",
                "Settings already in the file are kept unless given again; the whole file is checked before it is"
                        + " written, and a bad value is refused with its key and what is allowed."})
public final class ConfigureCommand implements Callable<Integer> {

    /** Where the kiosk keeps its own storage unless told otherwise. */
    public static final String DEFAULT_DATA_DIR = "/var/lib/kiosk";

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/kiosk/kiosk.yml", description = "The file to write (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--devices", paramLabel = "FILE", description = "The device map from 'kioskctl detect --out FILE'.")
    Path devices;

    @Option(names = "--kiosk-id", paramLabel = "ID", description = "This kiosk's identifier (kiosk.id).")
    String kioskId;

    @Option(names = "--site", paramLabel = "NAME", description = "Where the kiosk stands, e.g. 石门村党群服务中心 (kiosk.centre.name).")
    String site;

    @Option(names = "--site-code", paramLabel = "CODE", description = "The site's code in the fleet's metrics, e.g. sz-nanshan-shimen-01 (kiosk.ops.site).")
    String siteCode;

    @Option(names = "--region", paramLabel = "CODE", description = "CN, HK or MO: whose working-day calendar the centre keeps (kiosk.centre.hours.region).")
    String region;

    @Option(names = "--service-centre", paramLabel = "CODE", description = "The service centre's code on the platform (kiosk.centre.code).")
    String serviceCentre;

    @Option(names = "--platform", paramLabel = "URL", description = "The platform's address, https://HOST[:PORT] (kiosk.platform.url).")
    String platform;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The kiosk's storage (kiosk.data-dir; default " + DEFAULT_DATA_DIR + ").")
    String dataDir;

    @Option(names = "--printer", paramLabel = "PATH", description = "The printer's port, overriding the device map.")
    String printer;

    @Option(names = "--printer-baud", paramLabel = "BAUD")
    String printerBaud;

    @Option(names = "--printer-profile", paramLabel = "NAME", description = "The printer's profile (kiosk.printer.profile).")
    String printerProfile;

    @Option(names = "--idcard", paramLabel = "PATH", description = "The ID-card reader's port, overriding the device map.")
    String idcard;

    @Option(names = "--idcard-baud", paramLabel = "BAUD")
    String idcardBaud;

    @Option(names = "--fingerprint", paramLabel = "PATH", description = "The fingerprint module's port, overriding the device map.")
    String fingerprint;

    @Option(names = "--fingerprint-baud", paramLabel = "BAUD")
    String fingerprintBaud;

    @Option(names = "--qr-scanner", paramLabel = "PATH", description = "The QR scanner's port (a scanner is silent until it reads a code, so often set by hand).")
    String qrScanner;

    @Option(names = "--qr-baud", paramLabel = "BAUD", description = "The QR scanner's speed (default 9600 with --qr-scanner).")
    String qrBaud;

    @Option(names = "--qr-suffix", paramLabel = "CR|LF|CRLF|ETX", description = "What the scanner sends after each code (kiosk.qr.suffix).")
    String qrSuffix;

    @Option(names = "--passport", negatable = true, description = "Drive a passport reader through PC/SC (kiosk.passport.enabled).")
    Boolean passport;

    @Option(names = "--passport-reader", paramLabel = "PATTERN",
            description = "A regular expression found in the PC/SC reader's name (kiosk.passport.reader).")
    String passportReader;

    @Option(names = "--json", description = "Print the written settings as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        KioskConfigFile file = KioskConfigFile.readOrEmpty(config);
        if (devices != null) {
            DeviceMap map = DeviceMap.read(devices);
            fromMap(file, map, PortKind.RECEIPT_PRINTER, "printer");
            fromMap(file, map, PortKind.ID_CARD_READER, "idcard");
            fromMap(file, map, PortKind.FINGERPRINT, "fingerprint");
            fromMap(file, map, PortKind.QR_SCANNER, "qr");
        }
        set(file, "kiosk.id", kioskId);
        set(file, "kiosk.centre.name", site);
        set(file, "kiosk.ops.site", siteCode);
        set(file, "kiosk.centre.hours.region", region);
        set(file, "kiosk.centre.code", serviceCentre);
        set(file, "kiosk.platform.url", platform);
        set(file, "kiosk.data-dir", dataDir);
        if (file.get("kiosk.data-dir").isEmpty()) {
            file.put("kiosk.data-dir", DEFAULT_DATA_DIR);
        }
        device(file, "printer", printer, printerBaud);
        set(file, "kiosk.printer.profile", printerProfile);
        device(file, "idcard", idcard, idcardBaud);
        device(file, "fingerprint", fingerprint, fingerprintBaud);
        device(file, "qr", qrScanner, qrBaud != null ? qrBaud : qrScanner != null ? "9600" : null);
        set(file, "kiosk.qr.suffix", qrSuffix);
        if (passport != null) {
            file.put("kiosk.passport.enabled", passport.toString());
        }
        set(file, "kiosk.passport.reader", passportReader);
        KioskStores.nameIn(file, Path.of(file.get("kiosk.data-dir").orElseThrow()));
        for (Map.Entry<String, String> required : Map.of("kiosk.id", "--kiosk-id", "kiosk.centre.name", "--site", "kiosk.ops.site", "--site-code",
                "kiosk.centre.hours.region", "--region", "kiosk.centre.code", "--service-centre", "kiosk.platform.url", "--platform").entrySet()) {
            if (file.get(required.getKey()).isEmpty()) {
                spec.commandLine().getErr().println("kioskctl: " + required.getKey() + ": required; give " + required.getValue());
                return KioskCtl.EXIT_FAILED;
            }
        }
        try {
            file.write(config);
        } catch (InvalidSettingException e) {
            spec.commandLine().getErr().println("kioskctl: " + e.getMessage() + " (nothing written to " + config + ")");
            return KioskCtl.EXIT_FAILED;
        }
        if (json) {
            DeviceCommands.print(spec, true, new LinkedHashMap<>(withoutSecrets(file)));
        } else {
            spec.commandLine().getOut().println("Wrote " + config + " (" + file.asMap().size() + " settings).");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The settings as shown to a technician: store passwords hidden. */
    static Map<String, String> withoutSecrets(KioskConfigFile file) {
        Map<String, String> shown = new TreeMap<>(file.asMap());
        shown.replaceAll((k, v) -> k.endsWith("password") ? "****" : v);
        return shown;
    }

    private static void fromMap(KioskConfigFile file, DeviceMap map, PortKind kind, String device) {
        List<PortReport> found = map.ports().stream().filter(p -> p.kind() == kind).toList();
        if (!found.isEmpty()) {
            PortReport p = found.getFirst();
            device(file, device, p.preferredPath(), p.baud() == null ? null : p.baud().toString());
        }
    }

    private static void device(KioskConfigFile file, String device, String port, String baud) {
        if (port != null) {
            file.put("kiosk." + device + ".connection", "serial");
            file.put("kiosk." + device + ".serial-port", port);
        }
        set(file, "kiosk." + device + ".baud-rate", baud);
    }

    private static void set(KioskConfigFile file, String key, String value) {
        if (value != null) {
            file.put(key, value);
        }
    }
}
