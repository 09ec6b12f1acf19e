package org.kiosk.device.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kiosk.device.DeviceState;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzFormat;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.ScanText;
import org.kiosk.device.qr.codec.Terminator;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.pty.PtyPair;
import org.kiosk.sim.qr.Fault;
import org.kiosk.sim.qr.QrScannerEmulator;
import org.kiosk.sim.qr.Specimens;
import org.kiosk.sim.qr.Suffix;

/** The driver against the scanner emulator over a real socat pty pair, both ends opened with jSerialComm. */
class QrScannerEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final byte[] STX = {0x02};

    private PtyPair pty;
    private QrScannerEmulator emulator;
    private QrScanner scanner;
    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();

    @BeforeEach
    void cableUp() throws Exception {
        pty = PtyPair.start();
    }

    @AfterEach
    void cableDown() {
        if (scanner != null) {
            scanner.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        pty.close();
    }

    private void connect(QrScannerEmulator.Builder device, QrScanner.Options options) throws Exception {
        emulator = device.serial(pty.devicePath()).build();
        emulator.start();
        scanner = new QrScanner("qr", new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), 9600)),
                options.withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(200))), Clock.systemUTC());
        scanner.start();
        assertThat(scanner.awaitConnected(WAIT)).as("driver opened the line").isTrue();
        assertThat(emulator.awaitHost(WAIT)).as("emulator serves the line").isTrue();
    }

    private void connectArmed(QrScannerEmulator.Builder device, QrScanner.Options options) throws Exception {
        connect(device, options);
        scanner.arm(scans::add);
    }

    private static QrScanner.Options options(Framing framing) {
        return QrScanner.Options.standard().withFraming(framing);
    }

    private Scan next() throws InterruptedException {
        Scan scan = scans.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(scan).as("a scan within %s", WAIT).isNotNull();
        return scan;
    }

    private String nextText() throws InterruptedException {
        Scan scan = next();
        assertThat(scan).isInstanceOf(Scan.Text.class);
        return ((Scan.Text) scan).text();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Suffix.class)
    void eachTerminatorFramesCodes(Suffix suffix) throws Exception {
        connectArmed(QrScannerEmulator.builder().suffix(suffix),
                options(Framing.suffix(Terminator.valueOf(suffix.name()))));
        emulator.scan("https://example.gov.cn/case?id=GD-2026-0001");
        emulator.scan("预约 A-17");
        assertThat(nextText()).isEqualTo("https://example.gov.cn/case?id=GD-2026-0001");
        Scan.Text text = (Scan.Text) next();
        assertThat(text.text()).isEqualTo("预约 A-17");
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void prefixAndSuffixFramingDropsNoiseBetweenCodes() throws Exception {
        connectArmed(QrScannerEmulator.builder().prefix(STX).suffix(Suffix.ETX),
                options(Framing.suffix(Terminator.ETX).withPrefix(STX)));
        emulator.sendRaw(new byte[] {'x', 'y', (byte) 0xFF});
        emulator.inject(Fault.noiseBefore(new byte[] {'n', 'o', 'i', 's', 'e'}));
        emulator.scan("FIRST");
        emulator.inject(Fault.byteByByte());
        emulator.scan("SECOND");
        assertThat(nextText()).isEqualTo("FIRST");
        assertThat(nextText()).isEqualTo("SECOND");
        assertThat(scanner.counts().noiseBytes()).isEqualTo(8);
    }

    @Test
    void aCodeCutShortByTheNextPrefixIsNoise() throws Exception {
        connectArmed(QrScannerEmulator.builder().prefix(STX).suffix(Suffix.CRLF),
                options(Framing.suffix(Terminator.CRLF).withPrefix(STX)));
        emulator.inject(Fault.noSuffix());
        emulator.scan("CUT");
        emulator.scan("WHOLE");
        assertThat(nextText()).isEqualTo("WHOLE");
        assertThat(scanner.counts().noiseBytes()).isEqualTo(3);
    }

    @Test
    void aTooLongCodeIsReportedAndTheNextIsReadWhole() throws Exception {
        connectArmed(QrScannerEmulator.builder().suffix(Suffix.CRLF),
                options(Framing.suffix(Terminator.CRLF).withMaxLength(64)));
        emulator.scan("L".repeat(500));
        emulator.scan("A".repeat(64));
        Scan tooLong = next();
        assertThat(tooLong).isInstanceOfSatisfying(Scan.Unreadable.class,
                u -> assertThat(u.error()).isEqualTo(QrScannerError.TOO_LONG));
        assertThat(nextText()).isEqualTo("A".repeat(64));
        assertThat(scanner.counts().tooLong()).isEqualTo(1);
    }

    @Test
    void theDefaultLimitIs4096Bytes() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        emulator.scan("B".repeat(4096));
        emulator.scan("B".repeat(4097));
        emulator.scan("after");
        assertThat(nextText()).hasSize(4096);
        assertThat(next()).isInstanceOf(Scan.Unreadable.class);
        assertThat(nextText()).isEqualTo("after");
    }

    @Test
    void aCodeReadAgainWithinTheWindowIsDeliveredOnce() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard().withRepeatWindow(Duration.ofHours(1)));
        emulator.burst(List.of("SAME", "SAME", "SAME"));
        emulator.scan("OTHER");
        emulator.scan("SAME");
        assertThat(nextText()).isEqualTo("SAME");
        assertThat(nextText()).isEqualTo("OTHER");
        assertThat(nextText()).isEqualTo("SAME");
        assertThat(scanner.counts().repeats()).isEqualTo(2);
    }

    @Test
    void withoutARepeatWindowEveryReadingIsDelivered() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard().withRepeatWindow(Duration.ZERO));
        emulator.burst(List.of("SAME", "SAME"));
        assertThat(nextText()).isEqualTo("SAME");
        assertThat(nextText()).isEqualTo("SAME");
    }

    @Test
    void codesBeforeArmingAndAfterClosingAreDroppedNotQueued() throws Exception {
        connect(QrScannerEmulator.builder(), QrScanner.Options.standard());
        emulator.scan("LEFT BY THE LAST CITIZEN");
        await("the unarmed code counted", () -> scanner.counts().unarmed() == 1);

        ScanRequest request = scanner.arm(scans::add);
        assertThat(request.isActive()).isTrue();
        emulator.scan("MINE");
        assertThat(nextText()).isEqualTo("MINE");

        request.close();
        assertThat(request.isActive()).isFalse();
        emulator.scan("TOO LATE");
        await("the late code counted", () -> scanner.counts().unarmed() == 2);
        assertThat(scans).isEmpty();
        assertThat(scanner.counts().delivered()).isEqualTo(1);
    }

    @Test
    void armingAgainEndsTheEarlierRequest() throws Exception {
        connect(QrScannerEmulator.builder(), QrScanner.Options.standard());
        List<Scan> first = new ArrayList<>();
        ScanRequest earlier = scanner.arm(first::add);
        scanner.arm(scans::add);
        assertThat(earlier.isActive()).isFalse();
        emulator.scan("FOR THE NEW SCREEN");
        assertThat(nextText()).isEqualTo("FOR THE NEW SCREEN");
        assertThat(first).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorWithoutTheFallback() throws Exception {
        connectArmed(QrScannerEmulator.builder().charset(ScanText.GB18030), QrScanner.Options.standard());
        emulator.scan("广东省");
        emulator.scan("ASCII IS BOTH");
        assertThat(next()).isInstanceOfSatisfying(Scan.Unreadable.class, u -> {
            assertThat(u.error()).isEqualTo(QrScannerError.NOT_TEXT);
            assertThat(u.detail()).doesNotContain("广");
        });
        assertThat(nextText()).isEqualTo("ASCII IS BOTH");
        assertThat(scanner.counts().notText()).isEqualTo(1);
    }

    @Test
    void gb18030IsReadWhereConfigured() throws Exception {
        Charset gb18030 = ScanText.GB18030;
        connectArmed(QrScannerEmulator.builder().charset(gb18030),
                QrScanner.Options.standard().withGb18030Fallback(true));
        emulator.scan("广东省政务服务");
        emulator.scanBytes("中文 UTF-8".getBytes(StandardCharsets.UTF_8));
        emulator.scanBytes(new byte[] {'A', (byte) 0xFF, 'B'});
        Scan.Text text = (Scan.Text) next();
        assertThat(text.text()).isEqualTo("广东省政务服务");
        assertThat(text.charset()).isEqualTo(gb18030);
        Scan.Text utf8 = (Scan.Text) next();
        assertThat(utf8.text()).isEqualTo("中文 UTF-8");
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(next()).isInstanceOfSatisfying(Scan.Unreadable.class,
                u -> assertThat(u.error()).isEqualTo(QrScannerError.NOT_TEXT));
    }

    @Test
    void aBurstOfCodesArrivesInOrder() throws Exception {
        connectArmed(QrScannerEmulator.builder().suffix(Suffix.LF), options(Framing.suffix(Terminator.LF)));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add("CODE-" + i);
        }
        emulator.burst(codes);
        for (String code : codes) {
            assertThat(nextText()).isEqualTo(code);
        }
    }

    @Test
    void garbageSpoilsOnlyTheCodeItPrecedes() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        emulator.sendRaw(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x80});
        emulator.scan("SPOILT");
        emulator.inject(Fault.byteByByte());
        emulator.scan("INTACT");
        assertThat(next()).isInstanceOfSatisfying(Scan.Unreadable.class,
                u -> assertThat(u.error()).isEqualTo(QrScannerError.NOT_TEXT));
        assertThat(nextText()).isEqualTo("INTACT");
    }

    @Test
    void documentScannerZonesAreParsed() throws Exception {
        connectArmed(QrScannerEmulator.builder().suffix(Suffix.CRLF), options(Framing.suffix(Terminator.CRLF)));
        emulator.burst(Specimens.TD3);
        emulator.burst(Specimens.TD1);
        emulator.burst(Specimens.TD2);
        for (MrzFormat format : List.of(MrzFormat.TD3, MrzFormat.TD1, MrzFormat.TD2)) {
            assertThat(next()).isInstanceOfSatisfying(Scan.Mrz.class, mrz -> {
                assertThat(mrz.isValid()).isTrue();
                assertThat(mrz.format()).contains(format);
                assertThat(mrz.data().orElseThrow().primaryIdentifier()).isEqualTo("ERIKSSON");
                assertThat(mrz.toString()).doesNotContain("ERIKSSON", "L898902C3", "D23145890");
            });
        }
    }

    @Test
    void aZoneWithABadCheckDigitCarriesTheReason() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        String line = Specimens.TD3.get(1);
        emulator.burst(List.of(Specimens.TD3.get(0), line.substring(0, 19) + "0" + line.substring(20)));
        assertThat(next()).isInstanceOfSatisfying(Scan.Mrz.class, mrz -> {
            assertThat(mrz.format()).contains(MrzFormat.TD3);
            assertThat(mrz.failure().orElseThrow().reason()).isEqualTo(MrzException.Reason.CHECK_DIGIT);
            assertThat(mrz.failure().orElseThrow().field()).isEqualTo("birthDate");
        });
    }

    @Test
    void aLoneFirstLineIsAZoneOfTheWrongShapeOnceTheNextCodeComes() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        emulator.scan(Specimens.TD3.get(0));
        emulator.scan("NOT A ZONE LINE");
        assertThat(next()).isInstanceOfSatisfying(Scan.Mrz.class, mrz -> assertThat(
                mrz.failure().orElseThrow().reason()).isEqualTo(MrzException.Reason.WRONG_SHAPE));
        assertThat(nextText()).isEqualTo("NOT A ZONE LINE");
    }

    @Test
    void unplugGivesNoDeviceAndTheScannerComesBack() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        List<DeviceState> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        scanner.addStatusListener(event -> states.add(event.current().state()));
        await("online", () -> scanner.status().state() == DeviceState.ONLINE);
        emulator.scan("BEFORE");
        assertThat(nextText()).isEqualTo("BEFORE");

        pty.unplug();
        await("no device", () -> scanner.status().state() == DeviceState.NO_DEVICE);
        assertThat(scanner.status().error()).contains(QrScannerError.NO_DEVICE);

        pty.plugIn();
        await("online again", () -> scanner.status().state() == DeviceState.ONLINE);
        assertThat(emulator.awaitHost(WAIT)).isTrue();
        emulator.scan("AFTER");
        assertThat(nextText()).isEqualTo("AFTER");
        assertThat(states).containsSubsequence(DeviceState.NO_DEVICE, DeviceState.ONLINE);
    }

    @Test
    void scansNeverShowTheirContent() throws Exception {
        connectArmed(QrScannerEmulator.builder(), QrScanner.Options.standard());
        emulator.scan("440524188001010014");
        assertThat(next().toString()).doesNotContain("440524188001010014").contains("18 chars");
    }
}
