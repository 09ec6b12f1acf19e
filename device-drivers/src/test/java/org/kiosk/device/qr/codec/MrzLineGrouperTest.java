package org.kiosk.device.qr.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kiosk.device.qr.codec.MrzLineGrouper.Grouped;
import org.kiosk.device.qr.codec.MrzLineGrouper.Single;
import org.kiosk.device.qr.codec.MrzLineGrouper.Zone;

class MrzLineGrouperTest {

    private static final List<String> TD3 = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    private static final List<String> TD1 = List.of(
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    private static final long MS = 1_000_000;

    private final MrzLineGrouper grouper = new MrzLineGrouper(Duration.ofMillis(300));

    @Test
    void twoLinesOfAPassportAreOneZone() {
        assertThat(grouper.accept(text(TD3.get(0)), 0)).isEmpty();
        assertThat(grouper.isHolding()).isTrue();
        assertThat(grouper.accept(text(TD3.get(1) + "\r"), 10 * MS)).containsExactly(new Zone(TD3));
        assertThat(grouper.isHolding()).isFalse();
    }

    @Test
    void threeLinesOfAnIdCardAreOneZone() {
        List<Grouped> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.addAll(grouper.accept(text(TD1.get(i)), i * 100 * MS));
        }
        assertThat(out).containsExactly(new Zone(TD1));
    }

    @Test
    void aZoneInOneCodeWithLineBreaks() {
        assertThat(grouper.accept(text(String.join("\r\n", TD1) + "\r\n"), 0)).containsExactly(new Zone(TD1));
    }

    @Test
    void otherCodesPassAsTheyAre() {
        ScanText code = text("https://example.gov.cn/a?b=c");
        assertThat(grouper.accept(code, 0)).containsExactly(new Single(code));
        ScanText mrzAlphabetButNoDocumentCode = text("1".repeat(44));
        assertThat(grouper.accept(mrzAlphabetButNoDocumentCode, 0)).containsExactly(new Single(mrzAlphabetButNoDocumentCode));
    }

    @Test
    void aHeldLineIsLetGoAfterTheLineGap() {
        grouper.accept(text(TD3.get(0)), 0);
        assertThat(grouper.expire(299 * MS)).isEmpty();
        assertThat(grouper.expire(300 * MS)).containsExactly(new Zone(List.of(TD3.get(0))));
        assertThat(grouper.isHolding()).isFalse();
    }

    @Test
    void aSecondLineAfterTheGapStartsNothing() {
        grouper.accept(text(TD3.get(0)), 0);
        ScanText late = text(TD3.get(1));
        assertThat(grouper.accept(late, 400 * MS)).containsExactly(new Zone(List.of(TD3.get(0))), new Single(late));
    }

    @Test
    void aLineOfAnotherLengthLetsTheHeldLinesGo() {
        grouper.accept(text(TD1.get(0)), 0);
        grouper.accept(text(TD1.get(1)), MS);
        ScanText other = text("HELLO");
        assertThat(grouper.accept(other, 2 * MS)).containsExactly(new Zone(TD1.subList(0, 2)), new Single(other));
    }

    @Test
    void flushAndResetLetGoOrForget() {
        grouper.accept(text(TD3.get(0)), 0);
        assertThat(grouper.flush()).containsExactly(new Zone(List.of(TD3.get(0))));
        grouper.accept(text(TD3.get(0)), 0);
        grouper.reset();
        assertThat(grouper.flush()).isEmpty();
    }

    @Test
    void zonesDoNotShowTheirLines() {
        assertThat(new Zone(TD3).toString()).isEqualTo("Zone[2 lines]");
    }

    private static ScanText text(String text) {
        return new ScanText(text, StandardCharsets.UTF_8);
    }
}
