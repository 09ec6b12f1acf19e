package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertFailedInOneLine;
import static org.kiosk.provisioning.KioskCtlRuns.assertSucceeded;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.provisioning.config.KioskConfigFile;
import org.kiosk.provisioning.detect.DeviceMap;
import org.kiosk.provisioning.detect.PortKind;
import org.kiosk.provisioning.detect.PortReport;

/** kioskctl configure and udev-rules on files in a temporary folder, with a fake sysfs of files and links. */
class ConfigureCommandTest {

    private static final String PRINTER = "/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0";
    private static final String READER = "/dev/serial/by-id/usb-Synjones_ID_Reader_0001-if00-port0";

    @TempDir
    Path dir;

    private Path config;
    private Path devices;

    @BeforeEach
    void detected() throws Exception {
        config = dir.resolve("etc/kiosk.yml");
        devices = dir.resolve("devices.json");
        new DeviceMap(List.of(
                new PortReport("/dev/ttyUSB0", PRINTER, PortKind.RECEIPT_PRINTER, 115200, null, null, null, null, 0),
                new PortReport("/dev/ttyUSB1", READER, PortKind.ID_CARD_READER, 115200, "GA 467 SAM", null, "05.01", null, 0),
                new PortReport("/dev/ttyUSB2", null, PortKind.FINGERPRINT, 57600, "AS608/R30x", null, null, null, 0),
                new PortReport("/dev/ttyS0", null, PortKind.UNKNOWN, null, null, null, null, "no answer", 0)), 1200).write(devices);
    }

    private KioskCtlRuns.Outcome configure(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("configure", "--config", config.toString(), "--devices", devices.toString(),
                "--kiosk-id", "gd-sz-0042", "--site", "石门村党群服务中心", "--site-code", "sz-nanshan-shimen-01", "--region", "CN", "--service-centre", "SZ-NS-01",
                "--platform", "https://platform.example:8443", "--data-dir", dir.resolve("data").toString()));
        args.addAll(List.of(more));
        return kioskctl(args.toArray(String[]::new));
    }

    @Test
    void writesTheKiosksKeysFromTheDeviceMapAndTheCommandLine() throws Exception {
        assertSucceeded(configure("--qr-scanner", "/dev/ttyACM0", "--passport"));

        KioskConfigFile written = KioskConfigFile.read(config);
        assertThat(written.asMap())
                .containsEntry("kiosk.id", "gd-sz-0042")
                .containsEntry("kiosk.centre.name", "石门村党群服务中心")
                .containsEntry("kiosk.ops.site", "sz-nanshan-shimen-01")
                .containsEntry("kiosk.centre.hours.region", "CN")
                .containsEntry("kiosk.centre.code", "SZ-NS-01")
                .containsEntry("kiosk.platform.url", "https://platform.example:8443")
                .containsEntry("kiosk.platform.key-store", dir.resolve("data/kiosk.p12").toAbsolutePath().toString())
                .containsEntry("kiosk.printer.connection", "serial")
                .containsEntry("kiosk.printer.serial-port", PRINTER)
                .containsEntry("kiosk.printer.baud-rate", "115200")
                .containsEntry("kiosk.idcard.serial-port", READER)
                .containsEntry("kiosk.fingerprint.serial-port", "/dev/ttyUSB2")
                .containsEntry("kiosk.fingerprint.baud-rate", "57600")
                .containsEntry("kiosk.qr.connection", "serial")
                .containsEntry("kiosk.qr.serial-port", "/dev/ttyACM0")
                .containsEntry("kiosk.qr.baud-rate", "9600")
                .containsEntry("kiosk.passport.enabled", "true");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-r-----");
        // nested YAML, as Spring Boot reads it
        assertThat(Files.readString(config)).contains("kiosk:\n", "  printer:\n", "    serial-port: \"" + PRINTER + "\"");
    }

    @Test
    void aSecondRunKeepsWhatItIsNotGivenAndTheStorePassword() throws Exception {
        assertSucceeded(configure());
        String password = KioskConfigFile.read(config).get("kiosk.platform.key-store-password").orElseThrow();

        assertSucceeded(kioskctl("configure", "--config", config.toString(), "--site", "石门村便民服务站"));

        KioskConfigFile written = KioskConfigFile.read(config);
        assertThat(written.get("kiosk.centre.name")).contains("石门村便民服务站");
        assertThat(written.get("kiosk.printer.serial-port")).contains(PRINTER);
        assertThat(written.get("kiosk.platform.key-store-password")).contains(password);
    }

    @Test
    void aBadValueIsRefusedWithItsKeyAndWhatIsAllowedAndNothingIsWritten() throws Exception {
        assertSucceeded(configure());
        String before = Files.readString(config);

        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--idcard-baud", "14400"), "kiosk.idcard.baud-rate", "'14400' is not allowed",
                "allowed: one of 115200, 57600, 38400, 19200, 9600");
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--region", "TW"), "kiosk.centre.hours.region", "one of CN, HK, MO");
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--kiosk-id", "kiosk 1"), "kiosk.id", "letters, digits");
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--platform", "http://platform.example"), "kiosk.platform.url", "https://");
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--printer-profile", "epson"), "kiosk.printer.profile", "generic-80mm");
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--fingerprint-baud", "50000"), "kiosk.fingerprint.baud-rate", "N × 9600");
        assertThat(Files.readString(config)).isEqualTo(before);
    }

    @Test
    void aMissingSettingIsNamedWithItsOption() {
        assertFailedInOneLine(kioskctl("configure", "--config", config.toString(), "--kiosk-id", "gd-sz-0042"), "required", "--");
        assertThat(config).doesNotExist();
    }

    @Test
    void aMalformedFileIsNamed() throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, "kiosk: [unclosed");
        assertFailedInOneLine(configure(), config.toString(), "is not YAML");
    }

    @Test
    void udevRulesMatchEachUsbDeviceByVendorProductAndSerialFromSysfs() throws Exception {
        Path sysfs = dir.resolve("sys");
        Path devDir = Files.createDirectories(dir.resolve("dev"));
        Path byId = Files.createDirectories(devDir.resolve("serial/by-id"));
        usbTty(sysfs, devDir, "ttyUSB0", "1-1", "1a86", "7523", "A5XK3RJT");
        usbTty(sysfs, devDir, "ttyUSB1", "1-2", "10c4", "ea60", null);
        Files.createFile(devDir.resolve("ttyS0"));
        Path printerLink = Files.createSymbolicLink(byId.resolve("usb-1a86_USB_Serial_A5XK3RJT-if00-port0"), devDir.resolve("ttyUSB0"));
        Path readerLink = Files.createSymbolicLink(byId.resolve("usb-Silicon_Labs_CP2102-if00-port0"), devDir.resolve("ttyUSB1"));
        assertSucceeded(configure("--printer", printerLink.toString(), "--idcard", readerLink.toString(),
                "--fingerprint", devDir.resolve("ttyS0").toString()));
        Path rules = dir.resolve("rules.d/70-kiosk.rules");

        KioskCtlRuns.Outcome r = kioskctl("udev-rules", "--config", config.toString(), "--out", rules.toString(), "--sysfs", sysfs.toString());

        assertSucceeded(r);
        assertThat(Files.readAllLines(rules)).filteredOn(l -> !l.startsWith("#")).containsExactly(
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"1a86\", ATTRS{idProduct}==\"7523\", ATTRS{serial}==\"A5XK3RJT\", SYMLINK+=\"kiosk-printer\"",
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"10c4\", ATTRS{idProduct}==\"ea60\", SYMLINK+=\"kiosk-idcard\"",
                "SUBSYSTEM==\"tty\", KERNEL==\"ttyS0\", SYMLINK+=\"kiosk-fingerprint\"");
        assertThat(Files.readString(rules)).contains("# idcard: the USB device tells no serial number", "# fingerprint: no USB attributes");
    }

    @Test
    void udevRulesNeedAConfiguration() {
        assertFailedInOneLine(kioskctl("udev-rules", "--config", config.toString(), "--out", dir.resolve("r").toString()),
                "no configuration file", "kioskctl configure");
    }

    /** sysfs as the kernel lays it out for a USB serial adapter: class/tty/NAME/device → the interface, under the USB device. */
    private static void usbTty(Path sysfs, Path devDir, String name, String usbPort, String vendor, String product, String serial)
            throws Exception {
        Path usbDevice = Files.createDirectories(sysfs.resolve("devices/pci0000:00/0000:00:14.0/usb1").resolve(usbPort));
        Files.writeString(usbDevice.resolve("idVendor"), vendor + "\n");
        Files.writeString(usbDevice.resolve("idProduct"), product + "\n");
        if (serial != null) {
            Files.writeString(usbDevice.resolve("serial"), serial + "\n");
        }
        Path tty = Files.createDirectories(usbDevice.resolve(usbPort + ":1.0").resolve(name));
        Path classDir = Files.createDirectories(sysfs.resolve("class/tty").resolve(name));
        Files.createSymbolicLink(classDir.resolve("device"), tty);
        Files.createFile(devDir.resolve(name));
    }
}
