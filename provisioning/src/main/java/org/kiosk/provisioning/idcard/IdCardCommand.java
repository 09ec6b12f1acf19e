package org.kiosk.provisioning.idcard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.kiosk.device.DeviceException;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.idcard.document.Masking;
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

@Command(name = "idcard", mixinStandardHelpOptions = true, description = "Check a GA 467 ID-card reader and read a card.",
        subcommands = {IdCardCommand.Read.class, IdCardCommand.Sam.class})
public final class IdCardCommand {

    /** Options shared by the reader commands. */
    abstract static class ReaderOptions {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port, e.g. /dev/serial/by-id/usb-...")
        String port;

        @Option(names = "--baud", defaultValue = "115200", converter = BaudOption.class,
                description = "Serial speed (default ${DEFAULT-VALUE}).")
        int baud;

        @Option(names = "--timeout", defaultValue = "5s", converter = DurationOption.class,
                description = "How long to try to reach the reader, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        IdCardReader connect() throws InterruptedException {
            SerialSettings serial;
            try {
                serial = SerialSettings.of(port, baud);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return DeviceCommands.reach(new IdCardReader("idcard", new Endpoint.Serial(serial), IdCardReader.Options.onDemand(),
                    Clock.systemUTC()), "ID-card reader", timeout);
        }

        void print(Map<String, Object> report) {
            DeviceCommands.print(spec, json, report);
        }

        int failed(String what, DeviceException e) {
            return DeviceCommands.failed(spec, what, e);
        }
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Read the card on the reader. Personal fields are masked unless --reveal is given.")
    static final class Read extends ReaderOptions implements Callable<Integer> {

        @Option(names = "--with-fingerprint", description = "Also read the card's fingerprint templates (only their count is shown).")
        boolean withFingerprint;

        @Option(names = "--reveal", description = "Show personal fields in full (only with the card holder's consent).")
        boolean reveal;

        @Override
        public Integer call() throws Exception {
            try (IdCardReader reader = connect()) {
                IdentityDocument document;
                try {
                    document = reader.readCard(withFingerprint);
                } catch (DeviceException e) {
                    return failed("card not read", e);
                }
                print(report(document, reveal, LocalDate.now()));
                return 0;
            }
        }
    }

    @Command(name = "sam", mixinStandardHelpOptions = true, description = "Print the reader's security module (SAM) id.")
    static final class Sam extends ReaderOptions implements Callable<Integer> {

        @Override
        public Integer call() throws Exception {
            try (IdCardReader reader = connect()) {
                Map<String, Object> report = new LinkedHashMap<>();
                try {
                    report.put("samId", reader.samId().toString());
                } catch (DeviceException e) {
                    return failed("SAM id not read", e);
                }
                print(report);
                return 0;
            }
        }
    }

    /** The document as a technician sees it; personal fields masked unless revealed. */
    static Map<String, Object> report(IdentityDocument d, boolean reveal, LocalDate today) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("documentType", d.type().name());
        r.put("name", reveal ? d.name() : mask(d.name(), Masking::name));
        r.put("englishName", reveal ? d.englishName() : mask(d.englishName(), Masking::name));
        r.put("sex", d.sex().name());
        // ethnicity is sensitive personal information (PIPL Art. 28)
        r.put("ethnicity", d.ethnicity() == null ? null : reveal ? d.ethnicity().chineseName() : "*");
        r.put("nationality", d.nationality());
        r.put("birthDate", d.birthDate() == null ? null : reveal ? d.birthDate().toString() : Masking.birthDate(d.birthDate()));
        r.put("address", reveal ? d.address() : mask(d.address(), Masking::address));
        r.put("idNumber", reveal ? d.idNumber() : mask(d.idNumber(), Masking::number));
        r.put("issuer", d.issuingAuthority());
        r.put("validFrom", d.validFrom() == null ? null : d.validFrom().toString());
        r.put("validTo", d.validTo() == null ? null : d.validTo().toString());
        r.put("passNumber", reveal ? d.passNumber() : mask(d.passNumber(), Masking::number));
        r.put("issueCount", d.issueCount());
        r.put("fingerprintTemplates", d.fingerprints().size());
        r.put("expired", d.expired(today));
        return r;
    }

    private static String mask(String value, UnaryOperator<String> masking) {
        return value == null ? null : masking.apply(value);
    }
}
