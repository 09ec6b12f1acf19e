package org.kiosk.provisioning.ports;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kiosk.provisioning.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ports", mixinStandardHelpOptions = true,
        description = "List serial ports with their stable /dev/serial/by-id names.")
public final class PortsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<SerialPortInfo> ports = new SerialPortScanner(SerialPortScanner.BY_ID).scan();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ports);
            return 0;
        }
        if (ports.isEmpty()) {
            out.println("No serial ports found.");
            return 0;
        }
        for (SerialPortInfo p : ports) {
            String usb = p.vendorId() == null ? "" : "  usb " + p.vendorId() + ":" + p.productId();
            out.printf("%-14s %s%s%n", p.path(), p.stableName() == null ? "(no stable name)" : p.stableName(), usb);
            if (!p.description().isBlank()) {
                out.printf("%-14s   %s%n", "", p.description());
            }
        }
        out.flush();
        return 0;
    }
}
