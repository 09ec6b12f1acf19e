package org.kiosk.provisioning.udev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * udev rules that give each configured device a stable name ({@code /dev/kiosk-printer}, ...). The USB vendor,
 * product and serial come from sysfs: the port's {@code class/tty/NAME/device} link leads into the USB device's
 * folder, whose ancestors hold {@code idVendor}, {@code idProduct} and {@code serial}. The sysfs root is a
 * parameter so the walk can be tested on a folder of files and links.
 */
public final class UdevRules {

    /** The configuration's device name and the symlink its rule makes. */
    public static final Map<String, String> SYMLINKS = Map.of("printer", "kiosk-printer", "idcard", "kiosk-idcard",
            "fingerprint", "kiosk-fingerprint", "qr", "kiosk-qr");

    /** What sysfs tells of one port's USB device; null fields where it does not. */
    public record UsbAttributes(String kernelName, String idVendor, String idProduct, String serial) {
    }

    private final Path sysfs;

    public UdevRules(Path sysfs) {
        this.sysfs = sysfs;
    }

    /** The attributes of the tty behind {@code port} (a by-id link or a /dev path). */
    public UsbAttributes attributes(String port) {
        Path real;
        try {
            real = Path.of(port).toRealPath();
        } catch (IOException e) {
            real = Path.of(port);
        }
        String kernel = real.getFileName().toString();
        Path device = sysfs.resolve("class/tty").resolve(kernel).resolve("device");
        String vendor = null;
        String product = null;
        String serial = null;
        try {
            for (Path dir = device.toRealPath(); dir != null && dir.startsWith(sysfs.toRealPath()); dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("idVendor"))) {
                    vendor = attribute(dir, "idVendor");
                    product = attribute(dir, "idProduct");
                    serial = attribute(dir, "serial");
                    break;
                }
            }
        } catch (IOException noUsbDevice) {
            // a built-in UART or a pseudo-terminal: only its kernel name identifies it
        }
        return new UsbAttributes(kernel, vendor, product, serial);
    }

    /** The rules file's text for {@code ports} (device name → port), one rule line per device. */
    public String rules(Map<String, String> ports) {
        List<String> lines = new ArrayList<>();
        lines.add("# written by kioskctl udev-rules: a stable /dev name for each kiosk device");
        for (Map.Entry<String, String> e : new LinkedHashMap<>(ports).entrySet()) {
            String symlink = SYMLINKS.get(e.getKey());
            UsbAttributes a = attributes(e.getValue());
            List<String> match = new ArrayList<>(List.of("SUBSYSTEM==\"tty\""));
            if (a.idVendor() != null && a.idProduct() != null) {
                match.add("ATTRS{idVendor}==\"" + a.idVendor() + "\"");
                match.add("ATTRS{idProduct}==\"" + a.idProduct() + "\"");
                if (a.serial() != null) {
                    match.add("ATTRS{serial}==\"" + a.serial() + "\"");
                } else {
                    lines.add("# " + e.getKey() + ": the USB device tells no serial number; a second one of the same model would match too");
                }
            } else {
                lines.add("# " + e.getKey() + ": no USB attributes for " + e.getValue() + "; matched by its kernel name");
                match.add("KERNEL==\"" + a.kernelName() + "\"");
            }
            match.add("SYMLINK+=\"" + symlink + "\"");
            lines.add(String.join(", ", match));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String attribute(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        // a value udev could not quote is left out rather than written into a rule
        return value.isEmpty() || !value.matches("[A-Za-z0-9._-]+") ? null : value;
    }
}
