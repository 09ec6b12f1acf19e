package org.kiosk.provisioning.passport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kiosk.device.DeviceException;
import org.kiosk.device.idcard.document.Masking;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzParser;
import org.kiosk.device.passport.AccessKey;
import org.kiosk.device.passport.PassportRead;
import org.kiosk.device.passport.PassportReader;
import org.kiosk.device.passport.Pcsc;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.PassiveAuthentication;
import org.kiosk.device.passport.pa.TrustStoreException;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.DurationOption;
import org.kiosk.provisioning.KioskCtl;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "passport", mixinStandardHelpOptions = true, description = "Read a passport (eMRTD) chip through a PC/SC reader.",
        subcommands = PassportCommand.Read.class)
public final class PassportCommand {

    /** Where javax.smartcardio finds pcsc-lite on Debian, unless the JVM was told otherwise. */
    static final Path PCSC_LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1");

    /** The chip's access key: the MRZ as scanned, or its three fields. */
    static final class KeyOptions {
        @Option(names = "--mrz", arity = "2..3", paramLabel = "LINE", required = true,
                description = "The MRZ's lines (2 for a passport, 3 for an ID card), quoted.")
        List<String> mrz;

        @ArgGroup(exclusive = false)
        Fields fields;
    }

    static final class Fields {
        @Option(names = "--document-number", required = true, paramLabel = "N", description = "Document number as printed.")
        String documentNumber;

        @Option(names = "--birth", required = true, paramLabel = "YYMMDD", description = "Date of birth.")
        String birth;

        @Option(names = "--expiry", required = true, paramLabel = "YYMMDD", description = "Date of expiry.")
        String expiry;
    }

    @Command(name = "read", mixinStandardHelpOptions = true,
            description = "Read DG1 (MRZ data), DG2 (face) and EF.SOD and run passive authentication. Personal fields are "
                    + "masked unless --reveal is given. Exits 0 only when the data is VERIFIED.")
    static final class Read implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--reader", defaultValue = "", paramLabel = "PATTERN",
                description = "A regular expression found in the PC/SC reader's name (default: the first reader).")
        String reader;

        @ArgGroup(exclusive = true, multiplicity = "1")
        KeyOptions key;

        @Option(names = "--csca", paramLabel = "PATH", description = "CSCA trust store: a directory of certificates or a keystore file.")
        Path csca;

        @Option(names = "--csca-password", paramLabel = "PASSWORD", description = "The trust store keystore's password.")
        String cscaPassword;

        @Option(names = "--timeout", defaultValue = "10s", converter = DurationOption.class,
                description = "How long to wait for a passport on the reader, at most 3600s (default ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--reveal", description = "Show personal fields in full (only with the holder's consent).")
        boolean reveal;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            AccessKey accessKey = accessKey();
            CscaTrustStore trustStore = trustStore();
            Pattern pattern;
            try {
                pattern = Pattern.compile(reader);
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(), "--reader: not a regular expression: " + e.getDescription());
            }
            Pcsc.useLibrary(PCSC_LIBRARY);
            try (PassportReader passportReader = new PassportReader("passport",
                    new PassportReader.Options(pattern, Duration.ofMillis(500), trustStore), Clock.systemUTC())) {
                PassportRead read;
                try {
                    if (!passportReader.awaitChip(timeout)) {
                        spec.commandLine().getErr().println("kioskctl: no passport on the reader within " + DurationOption.describe(timeout));
                        return KioskCtl.EXIT_FAILED;
                    }
                    read = passportReader.read(accessKey);
                } catch (DeviceException e) {
                    return DeviceCommands.failed(spec, "passport not read", e);
                }
                try {
                    DeviceCommands.print(spec, json, report(read, reveal));
                    PassiveAuthentication pa = read.authentication();
                    if (!pa.verified()) {
                        spec.commandLine().getErr().println("kioskctl: passive authentication " + pa.describe());
                        return KioskCtl.EXIT_FAILED;
                    }
                    return 0;
                } finally {
                    read.wipe();
                }
            }
        }

        private AccessKey accessKey() {
            try {
                if (key.mrz != null) {
                    return AccessKey.of(MrzParser.parse(key.mrz));
                }
                return AccessKey.of(key.fields.documentNumber, key.fields.birth, key.fields.expiry);
            } catch (MrzException e) {
                throw new ParameterException(spec.commandLine(), "--mrz: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        private CscaTrustStore trustStore() {
            if (csca == null) {
                return CscaTrustStore.empty();
            }
            try {
                return CscaTrustStore.load(csca, cscaPassword == null ? null : cscaPassword.toCharArray());
            } catch (TrustStoreException e) {
                throw new ParameterException(spec.commandLine(), "--csca: " + e.getMessage());
            }
        }
    }

    /** The read as a technician sees it; personal fields masked unless revealed. */
    static Map<String, Object> report(PassportRead read, boolean reveal) {
        MrzData m = read.mrz();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("format", m.format().name());
        r.put("documentCode", m.documentCode());
        r.put("issuingState", m.issuingState());
        r.put("documentNumber", reveal ? m.documentNumber() : Masking.number(m.documentNumber()));
        r.put("primaryIdentifier", reveal ? m.primaryIdentifier() : Masking.name(m.primaryIdentifier()));
        r.put("secondaryIdentifier", reveal ? m.secondaryIdentifier() : Masking.name(m.secondaryIdentifier()));
        r.put("nationality", reveal ? m.nationality() : "***");
        r.put("birthDate", reveal ? m.birthDate() : yearOnly(m.birthDate()));
        r.put("sex", reveal ? String.valueOf(m.sex()) : "*");
        r.put("expiryDate", m.expiryDate());
        r.put("optionalData", reveal ? m.optionalData1() : Masking.number(m.optionalData1()));
        r.put("ldsVersion", read.com().ldsVersion());
        r.put("dataGroups", read.com().dataGroups().stream().sorted().map(n -> "DG" + n).toList());
        r.put("faceImage", read.face().map(f -> f.format().name() + ", " + f.length() + " bytes").orElse(null));
        PassiveAuthentication pa = read.authentication();
        r.put("passiveAuthentication", pa.outcome().name());
        r.put("failedCheck", pa.failedCheck().map(Enum::name).orElse(null));
        r.put("failedDataGroup", pa.dataGroup().isPresent() ? "DG" + pa.dataGroup().getAsInt() : null);
        r.put("signerState", pa.issuingState());
        r.put("verificationDetail", pa.detail());
        return r;
    }

    private static String yearOnly(String yymmdd) {
        return yymmdd.length() < 2 ? "******" : yymmdd.substring(0, 2) + "****";
    }
}
