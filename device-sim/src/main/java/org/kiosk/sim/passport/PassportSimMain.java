package org.kiosk.sim.passport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Lays a virtual test passport on a running vpcd's reader (pcscd with vsmartcard-vpcd), for the demo or for trying
 * the reader by hand: {@code passport-sim --csca-dir /tmp/csca}. Its PKI is generated at start; the CSCA certificate
 * goes into {@code --csca-dir} for the kiosk's trust store. Typing {@code remove}, {@code insert} or
 * {@code remove-after N} while it runs moves the passport. Runs until Ctrl-C.
 */
@Command(name = "passport-sim", mixinStandardHelpOptions = true,
        description = "Connects a virtual ICAO 9303 passport (BAC, EF.COM, DG1, DG2, EF.SOD) to vpcd. "
                + "Type 'remove', 'insert' or 'remove-after N' (taken off at the N-th APDU) while it runs.")
public final class PassportSimMain implements Callable<Integer> {

    /** The ICAO Doc 9303 specimen: Anna Maria Eriksson of Utopia. */
    public static final List<String> SPECIMEN_MRZ = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");

    @Option(names = "--host", defaultValue = VirtualPassport.HOST, description = "vpcd's address (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "" + VirtualPassport.FIRST_SLOT_PORT,
            description = "vpcd's port: 35963 for 'Virtual PCD 00 00', 35964 for '00 01' (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--mrz", arity = "2..3", paramLabel = "LINE", description = "The passport's MRZ lines (default: the ICAO specimen).")
    List<String> mrz;

    @Option(names = "--csca-dir", paramLabel = "DIR", description = "Write the test CSCA certificate (PEM) into this trust store directory.")
    Path cscaDir;

    @Option(names = "--alter-dg", paramLabel = "N", description = "Change data group N (1 or 2) after signing: its hash no longer matches EF.SOD.")
    Integer alterDataGroup;

    @Option(names = "--remove-after", paramLabel = "N", description = "Take the passport off the reader at the N-th APDU.")
    Integer removeAfter;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PassportSimMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> lines = mrz == null ? SPECIMEN_MRZ : mrz;
        TestPki pki = TestPki.generate("UT");
        PassportFiles files = PassportFiles.build(lines, PassportFiles.testFace(), pki);
        if (alterDataGroup != null) {
            if (alterDataGroup != 1 && alterDataGroup != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--alter-dg: 1 or 2");
            }
            files = files.withAlteredDataGroup(alterDataGroup == 1 ? PassportFiles.DG1 : PassportFiles.DG2);
        }
        if (cscaDir != null) {
            System.out.println("CSCA certificate written to " + pki.writeCsca(cscaDir));
        }
        VirtualPassport passport = new VirtualPassport(new EmrtdChip(files, lines));
        if (removeAfter != null) {
            passport.removeAfter(removeAfter);
        }
        passport.insert(host, port);
        System.out.println("Passport on the reader at vpcd " + host + ":" + port + "; type remove, insert or remove-after N; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            passport.close();
            stopped.countDown();
        }, "passport-sim shutdown"));
        Thread console = new Thread(() -> console(passport), "passport-sim console");
        console.setDaemon(true);
        console.start();
        stopped.await();
        return 0;
    }

    private void console(VirtualPassport passport) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split("\\s+");
                try {
                    switch (words[0]) {
                        case "remove" -> {
                            passport.remove();
                            System.out.println("removed");
                        }
                        case "insert" -> {
                            passport.insert(host, port);
                            System.out.println("inserted");
                        }
                        case "remove-after" -> {
                            passport.removeAfter(Integer.parseInt(words[1]));
                            System.out.println("will be removed at APDU " + words[1]);
                        }
                        case "" -> {
                        }
                        default -> System.out.println("commands: remove, insert, remove-after N");
                    }
                } catch (IOException | RuntimeException e) {
                    System.out.println("failed: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            System.out.println("console closed: " + e.getMessage());
        }
    }
}
