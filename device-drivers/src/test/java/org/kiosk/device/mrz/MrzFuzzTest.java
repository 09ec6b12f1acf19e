package org.kiosk.device.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mutations of the specimens give either fields or an {@link MrzException}, never anything else. */
class MrzFuzzTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<<<<<  \r\n\tabz-é中\uFFFD\u0000";
    private static final List<List<String>> SPECIMENS = List.of(Specimens.TD1, Specimens.TD2, Specimens.TD3,
            Specimens.TD3_PADDED_NUMBER);

    @Test
    void mutatedZonesParseOrFailWithATypedError() {
        Random random = new Random(9303);
        int parsed = 0;
        int failed = 0;
        for (int round = 0; round < 20_000; round++) {
            List<String> lines = mutate(random, new ArrayList<>(SPECIMENS.get(random.nextInt(SPECIMENS.size()))));
            try {
                MrzData data = MrzParser.parse(lines);
                assertThat(MrzParser.recognise(lines)).contains(data.format());
                parsed++;
            } catch (MrzException e) {
                assertThat(e.reason()).isNotNull();
                assertThat(e.field()).isNotBlank();
                failed++;
            }
        }
        assertThat(parsed).isPositive();
        assertThat(failed).isPositive();
    }

    private static List<String> mutate(Random random, List<String> lines) {
        for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
            int row = random.nextInt(lines.size());
            StringBuilder line = new StringBuilder(lines.get(row));
            switch (random.nextInt(8)) {
                case 0, 1, 2 -> {
                    if (!line.isEmpty()) {
                        line.setCharAt(random.nextInt(line.length()), randomCharacter(random));
                    }
                }
                case 3 -> line.insert(random.nextInt(line.length() + 1), randomCharacter(random));
                case 4 -> {
                    if (!line.isEmpty()) {
                        line.deleteCharAt(random.nextInt(line.length()));
                    }
                }
                case 5 -> lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
                case 6 -> {
                    if (lines.size() > 1) {
                        lines.remove(random.nextInt(lines.size()));
                        continue;
                    }
                }
                default -> line.setLength(random.nextInt(line.length() + 1));
            }
            if (row < lines.size()) {
                lines.set(row, line.toString());
            }
        }
        return lines;
    }

    private static char randomCharacter(Random random) {
        return ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
}
