package org.kiosk.provisioning.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialPortScannerTest {

    @TempDir
    Path dir;

    @Test
    void pairsEachPortWithTheStableLinkThatPointsAtIt() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Path ttyUsb0 = Files.createFile(dev.resolve("ttyUSB0"));
        Path ttyAcm0 = Files.createFile(dev.resolve("ttyACM0"));
        Path ttyS0 = Files.createFile(dev.resolve("ttyS0"));
        Path byId = Files.createDirectories(dir.resolve("by-id"));
        Files.createSymbolicLink(byId.resolve("usb-1a86_USB_Serial-if00-port0"), ttyUsb0);
        Files.createSymbolicLink(byId.resolve("usb-Hand_Held_Products_Scanner-if00"), ttyAcm0);
        Files.createSymbolicLink(byId.resolve("usb-gone-if00"), dev.resolve("ttyUSB9"));

        List<SerialPortInfo> ports = new SerialPortScanner(byId).match(List.of(
                new SerialPortScanner.SystemPort(ttyUsb0.toString(), "USB Serial", 0x1a86, 0x7523),
                new SerialPortScanner.SystemPort(ttyS0.toString(), "Physical Port S0", 0, 0)));

        assertThat(ports).containsExactly(
                new SerialPortInfo(ttyAcm0.toRealPath().toString(), byId.resolve("usb-Hand_Held_Products_Scanner-if00").toString(), "", null, null),
                new SerialPortInfo(ttyS0.toString(), null, "Physical Port S0", null, null),
                new SerialPortInfo(ttyUsb0.toString(), byId.resolve("usb-1a86_USB_Serial-if00-port0").toString(), "USB Serial", "1a86", "7523"));
        assertThat(ports.get(1).preferredName()).isEqualTo(ttyS0.toString());
        assertThat(ports.get(2).preferredName()).endsWith("usb-1a86_USB_Serial-if00-port0");
    }

    @Test
    void noByIdDirectoryMeansNoStableNames() throws Exception {
        List<SerialPortInfo> ports = new SerialPortScanner(dir.resolve("absent")).match(List.of(
                new SerialPortScanner.SystemPort("/dev/ttyS0", "Physical Port S0", 0, 0)));
        assertThat(ports).extracting(SerialPortInfo::stableName).containsOnlyNulls();
    }

    @Test
    void findsTheStableNameOfOnePortThroughALinkToALink() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Path ttyUsb0 = Files.createFile(dev.resolve("ttyUSB0"));
        Path viaAlias = Files.createSymbolicLink(dev.resolve("printer-alias"), ttyUsb0);
        Path byId = Files.createDirectories(dir.resolve("by-id"));
        Path link = Files.createSymbolicLink(byId.resolve("usb-1a86_USB_Serial-if00-port0"), viaAlias);
        Files.createSymbolicLink(byId.resolve("usb-gone-if00"), dev.resolve("ttyUSB9"));
        SerialPortScanner scanner = new SerialPortScanner(byId);

        assertThat(scanner.stableName(ttyUsb0.toString())).contains(link.toString());
        assertThat(scanner.stableName(dev.resolve("ttyS0").toString())).isEmpty();
        assertThat(new SerialPortScanner(dir.resolve("absent")).stableName(ttyUsb0.toString())).isEmpty();
    }
}
