package org.kiosk.provisioning.udev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.provisioning.config.KioskConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "udev-rules", mixinStandardHelpOptions = true,
        description = {"Write udev rules giving each configured serial device a stable name: /dev/kiosk-printer,"
                + " /dev/kiosk-idcard, /dev/kiosk-fingerprint, /dev/kiosk-qr.",
                "Then: udevadm control --reload && udevadm trigger."})
public final class UdevRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/kiosk/kiosk.yml",
            description = "The configuration naming the devices' ports (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "/etc/udev/rules.d/70-kiosk.rules",
            description = "The rules file to write (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--sysfs", paramLabel = "DIR", defaultValue = "/sys", description = "The sysfs root (default ${DEFAULT-VALUE}).")
    Path sysfs;

    @Override
    public Integer call() throws Exception {
        KioskConfigFile file = KioskConfigFile.read(config);
        Map<String, String> ports = new LinkedHashMap<>();
        for (String device : new String[] {"printer", "idcard", "fingerprint", "qr"}) {
            if (file.get("kiosk." + device + ".connection").filter("serial"::equals).isPresent()) {
                file.get("kiosk." + device + ".serial-port").ifPresent(p -> ports.put(device, p));
            }
        }
        if (ports.isEmpty()) {
            spec.commandLine().getErr().println("kioskctl: " + config + " names no serial device; run 'kioskctl configure' first");
            return KioskCtl.EXIT_FAILED;
        }
        String rules = new UdevRules(sysfs).rules(ports);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, rules);
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        spec.commandLine().getOut().print(rules);
        spec.commandLine().getOut().println("Wrote " + out + " (" + ports.size() + " device(s)).");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
