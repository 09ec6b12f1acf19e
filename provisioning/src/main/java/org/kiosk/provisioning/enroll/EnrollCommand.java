package org.kiosk.provisioning.enroll;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.kiosk.platform.client.KioskCredentials;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.EnrolmentResponse;
import org.kiosk.provisioning.DeviceCommands;
import org.kiosk.provisioning.KioskCtl;
import org.kiosk.provisioning.config.ConfigureCommand;
import org.kiosk.provisioning.config.InvalidSettingException;
import org.kiosk.provisioning.config.KioskConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "enroll", mixinStandardHelpOptions = true,
        description = {"Enrol the kiosk with the platform: a new key pair, a certificate request signed by the platform,"
                + " the chain stored in a PKCS#12 key store. Run again to rotate the certificate (new key, new certificate,"
                + " the old store replaced at once).",
                "The configuration file, when there is one, gets kiosk.platform.url and the stores' paths and passwords."})
public final class EnrollCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", required = true, paramLabel = "URL", description = "The platform, https://HOST[:PORT].")
    URI platform;

    @Option(names = "--provisioning-key", required = true, paramLabel = "KEY", description = "The key the platform gave for enrolling kiosks.")
    String provisioningKey;

    @Option(names = "--platform-ca", required = true, paramLabel = "FILE", description = "The platform's CA certificate (PEM) to trust for enrolment.")
    Path platformCa;

    @Option(names = "--kiosk-id", paramLabel = "ID", description = "The kiosk's identifier; by default kiosk.id of the configuration file.")
    String kioskId;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/kiosk/kiosk.yml", description = "The configuration file (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the stores go; by default kiosk.data-dir of the configuration file, else "
            + ConfigureCommand.DEFAULT_DATA_DIR + ".")
    Path dataDir;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!"https".equals(platform.getScheme()) || platform.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--platform: expected https://HOST[:PORT], got '" + platform + "'");
        }
        KioskConfigFile file = KioskConfigFile.readOrEmpty(config);
        String id = kioskId != null ? kioskId : file.get("kiosk.id").orElse(null);
        if (id == null) {
            spec.commandLine().getErr().println("kioskctl: no kiosk id: give --kiosk-id or run 'kioskctl configure' first");
            return KioskCtl.EXIT_FAILED;
        }
        Path data = dataDir != null ? dataDir : Path.of(file.get("kiosk.data-dir").orElse(ConfigureCommand.DEFAULT_DATA_DIR));
        file.put("kiosk.platform.url", platform.toString());
        boolean storesElsewhere = file.get("kiosk.platform.key-store")
                .map(k -> !Path.of(k).toAbsolutePath().getParent().equals(data.toAbsolutePath())).orElse(false);
        if (dataDir != null && storesElsewhere) {
            // the stores go where the technician says, whatever the file named before
            for (String key : List.of("key-store", "key-store-password", "trust-store", "trust-store-password")) {
                file.remove("kiosk.platform." + key);
            }
        }
        KioskStores.nameIn(file, data);
        Path keyStore = Path.of(file.get("kiosk.platform.key-store").orElseThrow());
        Path trustStore = Path.of(file.get("kiosk.platform.trust-store").orElseThrow());
        // a rotation keeps the password and paths the running kiosk already has, so the stores can be swapped under it
        char[] password = file.get("kiosk.platform.key-store-password").orElseThrow().toCharArray();
        char[] trustPassword = file.get("kiosk.platform.trust-store-password").orElseThrow().toCharArray();
        PlatformClient enrolment = PlatformClient.builder(platform).sslContext(trusting(platformCa)).build();
        EnrolmentResponse issued;
        try {
            issued = KioskCredentials.enrol(enrolment, provisioningKey, id, keyStore, password, trustStore, trustPassword);
        } catch (PlatformException e) {
            spec.commandLine().getErr().println("kioskctl: enrolment of " + id + " at " + platform + " failed: " + e.getMessage().replace('\n', ' '));
            return KioskCtl.EXIT_FAILED;
        }
        boolean configured = Files.exists(config);
        if (configured) {
            try {
                file.write(config);
            } catch (InvalidSettingException e) {
                spec.commandLine().getErr().println("kioskctl: enrolled, but " + config + " not updated: " + e.getMessage());
                return KioskCtl.EXIT_FAILED;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>(CertificateFacts.of(keyStore, password));
        report.put("keyStore", keyStore.toAbsolutePath().toString());
        report.put("trustStore", trustStore.toAbsolutePath().toString());
        report.put("configUpdated", configured);
        DeviceCommands.print(spec, json, report);
        return 0;
    }

    private SSLContext trusting(Path caPem) throws IOException {
        if (!Files.isRegularFile(caPem)) {
            throw new ParameterException(spec.commandLine(), "--platform-ca: no file " + caPem);
        }
        try {
            X509Certificate ca = KioskCredentials.certificate(Files.readString(caPem));
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry(KioskCredentials.CA_ALIAS, ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--platform-ca: " + caPem + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust " + caPem + ": " + e.getMessage(), e);
        }
    }
}
