package org.kiosk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzParser;
import org.kiosk.device.qr.codec.Framing;
import org.kiosk.device.qr.codec.MrzLineGrouper;
import org.kiosk.device.qr.codec.ScanDecodingException;
import org.kiosk.device.qr.codec.ScanFramer;
import org.kiosk.device.qr.codec.ScanText;
import org.kiosk.device.qr.codec.Terminator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time the kiosk spends on a scanned code once its bytes have arrived: framing, strict decoding and MRZ line
 * grouping of a typical signed-payload-sized code (300 bytes of mixed Chinese and ASCII), of a code at the 4096-byte
 * limit, and parsing the passport specimen's zone with all its check digits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class QrScanBenchmark {

    private static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    private byte[] typicalCode;
    private byte[] longestCode;
    private ScanFramer framer;
    private MrzLineGrouper grouper;
    private long now;

    @Setup
    public void setUp() {
        String payload = "GD1.预约.广州市天河区政务服务中心." + "A1b2C3d4".repeat(33) + "\r";
        typicalCode = payload.getBytes(StandardCharsets.UTF_8);
        longestCode = ("X".repeat(Framing.DEFAULT_MAX_LENGTH) + "\r").getBytes(StandardCharsets.US_ASCII);
        framer = new ScanFramer(Framing.suffix(Terminator.CR));
        grouper = new MrzLineGrouper(Duration.ofMillis(300));
    }

    @Benchmark
    public void typicalCode(Blackhole sink) throws ScanDecodingException {
        handle(typicalCode, sink);
    }

    @Benchmark
    public void longestCode(Blackhole sink) throws ScanDecodingException {
        handle(longestCode, sink);
    }

    @Benchmark
    public MrzData parsePassportZone() throws MrzException {
        return MrzParser.parse(TD3);
    }

    private void handle(byte[] bytes, Blackhole sink) throws ScanDecodingException {
        for (ScanFramer.Event event : framer.feed(bytes, 0, bytes.length)) {
            ScanText text = ScanText.decode(((ScanFramer.Code) event).bytes(), false);
            sink.consume(grouper.accept(text, now++));
        }
    }
}
