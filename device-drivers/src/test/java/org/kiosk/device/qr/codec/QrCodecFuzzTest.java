package org.kiosk.device.qr.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kiosk.device.codec.Fuzz;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzParser;

/**
 * Random streams and mutated codes: the codec only ever returns codes within the limit, overlong reports, text or a
 * typed decoding error, and a clean code after the garbage is always read whole.
 */
class QrCodecFuzzTest {

    private static final byte[] STX = {0x02};

    @Test
    void garbageThenACleanCodeAlwaysGivesTheCleanCode() {
        Random random = new Random(0x51);
        for (int round = 0; round < 3000; round++) {
            Terminator terminator = Terminator.values()[random.nextInt(Terminator.values().length)];
            boolean prefixed = random.nextBoolean();
            Framing framing = Framing.suffix(terminator).withMaxLength(1 + random.nextInt(64));
            if (prefixed) {
                framing = framing.withPrefix(STX);
            }
            ScanFramer framer = new ScanFramer(framing);
            byte[] garbage = Fuzz.randomBytes(random, random.nextInt(200));
            byte[] clean = "CLEAN".getBytes(StandardCharsets.US_ASCII);
            byte[] stream = ScanFramerTest.concat(garbage, terminator.bytes(), prefixed ? STX : new byte[0],
                    clean, terminator.bytes());
            List<ScanFramer.Event> events = new ArrayList<>();
            Fuzz.inRandomChunks(random, stream, 17, (offset, length) -> events.addAll(framer.feed(stream, offset, length)));
            int maxLength = framing.maxLength();
            for (ScanFramer.Event event : events) {
                if (event instanceof ScanFramer.Code code) {
                    assertThat(code.bytes().length).isBetween(1, maxLength);
                    decodes(code.bytes(), random.nextBoolean());
                }
            }
            if (maxLength >= clean.length) {
                assertThat(events.getLast()).as("round %d", round).isInstanceOfSatisfying(ScanFramer.Code.class,
                        code -> assertThat(code.bytes()).isEqualTo(clean));
            }
            assertThat(framer.buffered()).isZero();
        }
    }

    @Test
    void mutatedZonesGroupAndParseWithoutSurprises() {
        Random random = new Random(9303);
        List<String> td3 = List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        MrzLineGrouper grouper = new MrzLineGrouper(Duration.ofMillis(300));
        long now = 0;
        for (int round = 0; round < 5000; round++) {
            byte[] line = td3.get(random.nextInt(2)).getBytes(StandardCharsets.UTF_8);
            if (random.nextBoolean()) {
                Fuzz.flipBits(random, line);
            }
            now += random.nextInt(400) * 1_000_000L;
            ScanText text;
            try {
                text = ScanText.decode(line, random.nextBoolean());
            } catch (ScanDecodingException e) {
                assertThat(e.problem()).isNotNull();
                continue;
            }
            for (MrzLineGrouper.Grouped grouped : grouper.accept(text, now)) {
                if (grouped instanceof MrzLineGrouper.Zone zone) {
                    try {
                        MrzParser.parse(zone.lines());
                    } catch (MrzException e) {
                        assertThat(e.reason()).isNotNull();
                    }
                }
            }
        }
    }

    private static void decodes(byte[] bytes, boolean gb18030) {
        try {
            ScanText.decode(bytes, gb18030);
        } catch (ScanDecodingException e) {
            assertThat(e.problem()).isNotNull();
        }
    }
}
