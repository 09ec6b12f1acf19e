package org.kiosk.platform.sim;

import org.kiosk.platform.client.KioskCredentials;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform simulator, started in-process ({@link #start(Options)}) or from the command line
 * ({@code scripts/platform-sim [--port N] [--data DIR] [--dev] [--dev-port N] [--provisioning-key KEY]}).
 *
 * <p>Its data folder holds the SQLite database ({@code platform.db}), the test CA ({@code ca.p12}, {@code ca.pem}), the
 * server's certificate and key ({@code server.pem}, {@code server-key.pem}), the trust store a kiosk needs
 * ({@code truststore.p12}) and the provisioning key ({@code provisioning-key}); every store's password is
 * {@link TestCertificateAuthority#STORE_PASSWORD}.
 */
public final class PlatformSimulator implements AutoCloseable {

    public static final int DEFAULT_PORT = 8443;
    public static final int DEFAULT_DEV_PORT = 8080;
    public static final Path DEFAULT_DATA = Path.of("platform-sim-data");
    static final String PROVISIONING_KEY_FILE = "provisioning-key";

    /**
     * @param port            the mutual-TLS port; 0 picks a free one
     * @param dataDir         the storage folder, created when missing
     * @param dev             also serve plain HTTP on 127.0.0.1, without client certificates
     * @param devPort         the plain-HTTP port; 0 picks a free one
     * @param provisioningKey the enrolment key; null keeps (or at first start makes) the one in the data folder
     * @param clock           the platform's clock (a test moves it to reach an appointment's check-in window); the
     *                        kiosk's client must then use the same clock, as a request more than 5 minutes off is refused
     */
    public record Options(int port, Path dataDir, boolean dev, int devPort, String provisioningKey, Clock clock) {

        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(clock, "clock");
            if (port < 0 || port > 65535 || devPort < 0 || devPort > 65535) {
                throw new IllegalArgumentException("ports are 0 to 65535");
            }
        }

        /** Port 8443, data in {@code platform-sim-data}, no developer listener. */
        public static Options defaults() {
            return new Options(DEFAULT_PORT, DEFAULT_DATA, false, DEFAULT_DEV_PORT, null, Clock.systemUTC());
        }

        /** For tests: free ports for both listeners, the developer listener on. */
        public static Options forTest(Path dataDir) {
            return new Options(0, dataDir, true, 0, null, Clock.systemUTC());
        }

        public Options withPort(int newPort) {
            return new Options(newPort, dataDir, dev, devPort, provisioningKey, clock);
        }

        public Options withDataDir(Path newDataDir) {
            return new Options(port, newDataDir, dev, devPort, provisioningKey, clock);
        }

        public Options withDev(boolean newDev) {
            return new Options(port, dataDir, newDev, devPort, provisioningKey, clock);
        }

        public Options withDevPort(int newDevPort) {
            return new Options(port, dataDir, dev, newDevPort, provisioningKey, clock);
        }

        public Options withProvisioningKey(String newKey) {
            return new Options(port, dataDir, dev, devPort, newKey, clock);
        }

        public Options withClock(Clock newClock) {
            return new Options(port, dataDir, dev, devPort, provisioningKey, newClock);
        }
    }

    private final ConfigurableApplicationContext context;
    private final SimulatorSettings settings;
    private final int port;
    private final Integer devPort;

    private PlatformSimulator(ConfigurableApplicationContext context, SimulatorSettings settings) {
        this.context = context;
        this.settings = settings;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.devPort = context.getBean(PlatformSimApplication.DevListener.class).connector().map(c -> c.getLocalPort()).orElse(null);
    }

    /** Starts a simulator; the data folder's CA and database are made at first start and kept afterwards. */
    public static PlatformSimulator start(Options options) throws IOException {
        Path data = options.dataDir().toAbsolutePath();
        Files.createDirectories(data);
        TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(data);
        String key = options.provisioningKey() != null ? options.provisioningKey() : provisioningKey(data);
        SimulatorSettings settings = new SimulatorSettings(options.port(), data, options.dev(), options.devPort(), key, options.clock());
        String[] springArgs = {
                "--server.port=" + options.port(),
                "--server.ssl.enabled=true",
                "--server.ssl.certificate=" + data.resolve(TestCertificateAuthority.SERVER_CERTIFICATE).toUri(),
                "--server.ssl.certificate-private-key=" + data.resolve(TestCertificateAuthority.SERVER_KEY).toUri(),
                "--server.ssl.trust-certificate=" + data.resolve(TestCertificateAuthority.CA_PEM).toUri(),
                // wanted, not needed: enrolment is reached without a certificate; every other operation refuses one
                "--server.ssl.client-auth=want",
                "--server.shutdown=immediate",
                "--spring.main.banner-mode=off",
                // embedded in another application's tests, the simulator must not read that application's properties
                "--spring.config.name=platform-sim",
                "--logging.level.root=WARN",
                "--logging.level.org.kiosk=INFO",
        };
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformSimApplication.class)
                .initializers(c -> {
                    GenericApplicationContext generic = (GenericApplicationContext) c;
                    generic.registerBean(SimulatorSettings.class, () -> settings);
                    generic.registerBean(TestCertificateAuthority.class, () -> ca);
                })
                .run(springArgs);
        return new PlatformSimulator(context, settings);
    }

    /** The mutual-TLS listener, e.g. {@code https://localhost:8443}. */
    public URI uri() {
        return uri(port);
    }

    /** The mutual-TLS listener of a simulator started on {@code port}. */
    public static URI uri(int port) {
        return URI.create("https://localhost:" + port);
    }

    /** The plain-HTTP developer listener on 127.0.0.1, when started with {@code dev}. */
    public Optional<URI> devUri() {
        return Optional.ofNullable(devPort).map(p -> URI.create("http://127.0.0.1:" + p));
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** The PKCS#12 trust store (the simulator's CA) a kiosk uses; password {@link #storePassword()}. */
    public Path trustStore() {
        return trustStore(settings.dataDir());
    }

    /** The trust store of a simulator with this data folder; it exists from the simulator's first start on. */
    public static Path trustStore(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(TestCertificateAuthority.TRUST_STORE);
    }

    public static char[] storePassword() {
        return TestCertificateAuthority.STORE_PASSWORD.toCharArray();
    }

    public String provisioningKey() {
        return settings.provisioningKey();
    }

    /** The SQLite database file, for tests that look at what was stored. */
    public Path database() {
        return settings.dataDir().resolve(PlatformSimApplication.DATABASE);
    }

    /**
     * Enrols a kiosk over the TLS listener exactly as a technician would, writing its PKCS#12 key store (password
     * {@code password}); use it with {@link #trustStore()} in {@link PlatformClient.Builder#mutualTls}.
     */
    public Path enrolKiosk(String kioskId, Path keyStore, char[] password) throws IOException, PlatformException {
        PlatformClient enrolment = PlatformClient.builder(uri()).trustOnly(trustStore(), storePassword()).clock(settings.clock()).build();
        Path trustCopy = Files.createTempFile(keyStore.toAbsolutePath().getParent(), "platform-trust", ".p12");
        try {
            KioskCredentials.enrol(enrolment, provisioningKey(), kioskId, keyStore, password, trustCopy, storePassword());
        } finally {
            Files.deleteIfExists(trustCopy);
        }
        return keyStore;
    }

    /** A client of this simulator with mutual TLS, for a kiosk enrolled with {@link #enrolKiosk}, on the simulator's clock. */
    public PlatformClient.Builder client(Path keyStore, char[] password) throws IOException {
        return PlatformClient.builder(uri()).mutualTls(keyStore, password, trustStore(), storePassword()).clock(settings.clock());
    }

    @Override
    public void close() {
        context.close();
    }

    private static String provisioningKey(Path data) throws IOException {
        Path file = data.resolve(PROVISIONING_KEY_FILE);
        if (Files.exists(file)) {
            String key = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (key.isEmpty()) {
                throw new IOException("the provisioning key file " + file + " is empty: delete it to make a new key");
            }
            return key;
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the folder's permissions
        }
        return key;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Parses the command line and starts; returns an exit code only when it does not start (2: wrong command line, 1: failed). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("platform-sim: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        try {
            PlatformSimulator simulator = start(options);
            out.println("Platform simulator on " + simulator.uri() + " (mutual TLS), OpenAPI at " + simulator.uri() + "/openapi.yaml");
            simulator.devUri().ifPresent(u -> out.println("Developer listener (plain HTTP, loopback only, no client certificate): " + u
                    + "  fault injection: " + u + "/admin/faults"));
            out.println("Data: " + simulator.dataDir() + "  kiosk trust store: " + simulator.trustStore() + " (password "
                    + TestCertificateAuthority.STORE_PASSWORD + ")  provisioning key in " + simulator.dataDir().resolve(PROVISIONING_KEY_FILE));
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "platform-sim-shutdown"));
            Thread.currentThread().join();
            return 0;
        } catch (IOException e) {
            err.println("platform-sim: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static final String USAGE = """
            usage: platform-sim [--port N] [--data DIR] [--dev] [--dev-port N] [--provisioning-key KEY]
              --port N               mutual-TLS port (default 8443; 0 picks a free one)
              --data DIR             storage folder: database, test CA, provisioning key (default platform-sim-data)
              --dev                  also serve plain HTTP on 127.0.0.1 without client certificates, with /admin/faults
              --dev-port N           the plain-HTTP port (default 8080)
              --provisioning-key KEY the enrolment key (default: the one in the data folder, made at first start)""";

    /** The options of a command line, or null for {@code --help}. */
    static Options parse(String[] args) {
        Options options = Options.defaults();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--dev" -> options = options.withDev(true);
                case "--port" -> options = options.withPort(port(arg, value(arg, rest)));
                case "--dev-port" -> options = options.withDevPort(port(arg, value(arg, rest)));
                case "--data" -> options = options.withDataDir(Path.of(value(arg, rest)));
                case "--provisioning-key" -> {
                    String key = value(arg, rest);
                    if (key.isBlank()) {
                        throw new IllegalArgumentException("--provisioning-key must not be blank");
                    }
                    options = options.withProvisioningKey(key);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return options;
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.removeFirst();
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        throw new IllegalArgumentException(option + " must be a port number 0 to 65535, not '" + value + "'");
    }
}
