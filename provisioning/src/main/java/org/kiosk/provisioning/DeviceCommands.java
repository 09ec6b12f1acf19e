package org.kiosk.provisioning;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import org.kiosk.device.DeviceException;
import org.kiosk.device.connection.ConnectedDevice;
import picocli.CommandLine.Model.CommandSpec;

/** What the device commands share: reaching the device in time, printing a report, failing in one line. */
public final class DeviceCommands {

    private DeviceCommands() {
    }

    /**
     * Starts {@code device} and waits until it answers; otherwise closes it and fails with why it could not be reached.
     *
     * @param what how the device is named in the message, e.g. "printer"
     */
    public static <D extends ConnectedDevice> D reach(D device, String what, Duration timeout) throws InterruptedException {
        device.start();
        if (!device.awaitConnected(timeout)) {
            String why = device.lastFailure().orElse("no answer");
            device.close();
            throw new IllegalStateException(what + " not reachable at " + device.identity().connection() + " within "
                    + DurationOption.describe(timeout) + ": " + why);
        }
        return device;
    }

    /** As JSON, or as {@code key: value} lines with {@code -} for an absent value. */
    public static void print(CommandSpec spec, boolean json, Map<String, Object> report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, report);
        } else {
            report.forEach((k, v) -> out.printf("%-22s %s%n", k + ":", v == null ? "-" : v));
            out.flush();
        }
    }

    /** Reports a device failure on one line and returns the failure exit code. */
    public static int failed(CommandSpec spec, String what, DeviceException e) {
        spec.commandLine().getErr().println("kioskctl: " + what + ": " + e.getMessage());
        return KioskCtl.EXIT_FAILED;
    }
}
