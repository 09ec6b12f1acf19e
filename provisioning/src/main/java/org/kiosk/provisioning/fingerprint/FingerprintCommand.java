package org.kiosk.provisioning.fingerprint;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "fingerprint", mixinStandardHelpOptions = true, description = "Check an AS608/R30x fingerprint module.",
        subcommands = {FingerprintCommand.Info.class, FingerprintCommand.CaptureTest.class})
public final class FingerprintCommand {

    /** Options shared by the module commands, and reaching the module before the command's own check. */
    abstract static class ModuleCheck implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port, e.g. /dev/serial/by-id/usb-...")
        String port;

        @Option(names = "--baud", defaultValue = "57600", paramLabel = "BAUD", converter = BaudOption.class,
                description = "Serial speed, N x 9600 for N of 1 to 12 (default ${DEFAULT-VALUE}).")
        int baud;

        @Option(names = "--password", defaultValue = "0", paramLabel = "PASSWORD", converter = PasswordOption.class,
                description = "The module's 32-bit password, decimal or 0x-hex (default ${DEFAULT-VALUE}).")
        int password;

        @Option(names = "--connect-timeout", defaultValue = "5s", paramLabel = "DURATION", converter = DurationOption.class,
                description = "How long to try to reach the module, e.g. 5s or 500ms, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration connectTimeout;

        /** The command's own check of a reached module whose password was accepted; returns the exit code. */
        abstract int check(FingerprintModule module) throws InterruptedException;

        @Override
        public final Integer call() throws InterruptedException {
            try (FingerprintModule module = connect()) {
                // a module that answers but rejects the password stays connected; the driver publishes why instead
                DeviceStatus status = module.status();
                if (status.state() == DeviceState.HARDWARE_ERROR && status.error().isPresent()) {
                    return DeviceCommands.failed(spec, "fingerprint module not usable",
                            new DeviceException(module.id(), status.error().get(), null));
                }
                return check(module);
            }
        }

        private FingerprintModule connect() throws InterruptedException {
            try {
                SystemParameters.baudCode(baud);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--baud': " + e.getMessage());
            }
            FingerprintModule.Options standard = FingerprintModule.Options.standard();
            // no idle polling: a command is over long before the module would be asked again
            FingerprintModule.Options options = new FingerprintModule.Options(standard.address(), password,
                    standard.processingTime(), DurationOption.LONGEST, standard.backoff(), standard.fingerPollInterval());
            return DeviceCommands.reach(new FingerprintModule("fingerprint", new Endpoint.Serial(SerialSettings.of(port, baud)),
                    options, Clock.systemUTC()), "fingerprint module", connectTimeout);
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "The module's capacity, security level, packet size, baud and stored template count.")
    static final class Info extends ModuleCheck {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int check(FingerprintModule module) {
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

    @Command(name = "capture-test", mixinStandardHelpOptions = true,
            description = "Wait for a finger and report whether a usable image was captured. Nothing is kept.")
    static final class CaptureTest extends ModuleCheck {

        @Option(names = "--timeout", defaultValue = "15s", paramLabel = "DURATION", converter = DurationOption.class,
                description = "How long to wait for a finger, e.g. 15s or 500ms, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        int check(FingerprintModule module) throws InterruptedException {
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
