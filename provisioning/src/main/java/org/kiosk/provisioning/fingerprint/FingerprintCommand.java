package org.kiosk.provisioning.fingerprint;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.device.DeviceException;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.fingerprint.codec.SystemParameters;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.provisioning.BaudOption;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.DurationOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fingerprint", mixinStandardHelpOptions = true, description = "Check an AS608/R30x fingerprint module.",
        subcommands = {FingerprintCommand.Info.class, FingerprintCommand.CaptureTest.class})
public final class FingerprintCommand {

    /** Options shared by the module commands. */
    abstract static class ModuleOptions {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port, e.g. /dev/serial/by-id/usb-...")
        String port;

        @Option(names = "--baud", defaultValue = "57600", converter = BaudOption.class, description = "Serial speed (default ${DEFAULT-VALUE}).")
        int baud;

        @Option(names = "--password", defaultValue = "0", description = "The module's password (default ${DEFAULT-VALUE}).")
        long password;

        @Option(names = "--connect-timeout", defaultValue = "5s", converter = DurationOption.class,
                description = "How long to try to reach the module, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration connectTimeout;

        FingerprintModule connect() throws InterruptedException {
            FingerprintModule.Options standard = FingerprintModule.Options.standard();
            FingerprintModule.Options options = new FingerprintModule.Options(standard.address(), (int) password,
                    standard.processingTime(), Duration.ofHours(1), standard.backoff(), standard.fingerPollInterval());
            return DeviceCommands.reach(new FingerprintModule("fingerprint", new Endpoint.Serial(SerialSettings.of(port, baud)),
                    options, Clock.systemUTC()), "fingerprint module", connectTimeout);
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "The module's capacity, security level, packet size, baud and stored template count.")
    static final class Info extends ModuleOptions implements Callable<Integer> {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (FingerprintModule module = connect()) {
                Map<String, Object> report = new LinkedHashMap<>();
                try {
                    SystemParameters p = module.systemParameters();
                    report.put("capacity", p.capacity());
                    report.put("securityLevel", p.securityLevel());
                    report.put("packetSize", p.packetSize());
                    report.put("baud", p.baudRate());
                    report.put("templateCount", module.templateCount());
                } catch (DeviceException e) {
                    return DeviceCommands.failed(spec, "module parameters not read", e);
                }
                DeviceCommands.print(spec, json, report);
                return 0;
            }
        }
    }

    @Command(name = "capture-test", mixinStandardHelpOptions = true,
            description = "Wait for a finger and report whether a usable image was captured. Nothing is kept.")
    static final class CaptureTest extends ModuleOptions implements Callable<Integer> {

        @Option(names = "--timeout", defaultValue = "15", converter = DurationOption.class,
                description = "Seconds to wait for a finger (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        public Integer call() throws Exception {
            try (FingerprintModule module = connect()) {
                spec.commandLine().getOut().println("Place a finger on the sensor...");
                spec.commandLine().getOut().flush();
                try {
                    module.capture(timeout, () -> false);
                    module.imageToFeatures(1);
                } catch (DeviceException e) {
                    return DeviceCommands.failed(spec, "no usable image", e);
                }
                spec.commandLine().getOut().println("Usable fingerprint image captured.");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
