package org.kiosk.sim.qr;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The standalone emulator's typed lines: any line is scanned as a code, as it is; lines starting with {@code :} are
 * commands ({@link #HELP}). Answers tell what was sent by size, never the code.
 */
final class ConsoleCommands {

    static final String HELP = "type a code to scan it; commands: :burst A|B|..., :mrz td1|td2|td3, :long N, "
            + ":noise N, :gb18030 TEXT, :invalid, :unplug, :plug, :help";

    /** Bytes that are neither UTF-8 nor GB18030 between two letters. */
    static final byte[] INVALID_TEXT = {'A', (byte) 0xFF, 'B'};
    private static final int MAX_GENERATED = 1 << 20;

    private final QrScannerEmulator scanner;
    private final Charset gb18030 = Charset.forName("GB18030");

    ConsoleCommands(QrScannerEmulator scanner) {
        this.scanner = scanner;
    }

    /** Carries out one typed line and returns what to show (empty for a blank line). */
    String execute(String line) {
        if (line.isBlank()) {
            return "";
        }
        if (!line.startsWith(":")) {
            return sent(scanner.scan(line), "1 code");
        }
        String[] words = line.substring(1).strip().split("\\s+", 2);
        String argument = words.length > 1 ? words[1] : "";
        return switch (words[0]) {
            case "burst" -> {
                List<String> codes = Arrays.stream(argument.split("\\|")).filter(s -> !s.isEmpty()).toList();
                yield codes.isEmpty() ? ":burst needs codes separated by |" : sent(scanner.burst(codes),
                        codes.size() + " codes in one burst");
            }
            case "mrz" -> Specimens.named(argument.strip())
                    .map(lines -> sent(scanner.burst(lines), "the " + argument.strip().toUpperCase() + " specimen zone"))
                    .orElse(":mrz needs td1, td2 or td3");
            case "long" -> count(argument).map(n -> sent(scanner.scan("A".repeat(n)), "a code of " + n + " bytes"))
                    .orElse(":long needs a length from 1 to " + MAX_GENERATED);
            case "noise" -> count(argument).map(n -> sent(scanner.sendRaw(noise(n)), n + " noise bytes"))
                    .orElse(":noise needs a count from 1 to " + MAX_GENERATED);
            case "gb18030" -> argument.isEmpty() ? ":gb18030 needs a text"
                    : sent(scanner.scanBytes(argument.getBytes(gb18030)), "1 code in GB18030");
            case "invalid" -> sent(scanner.scanBytes(INVALID_TEXT), "1 code that is not text");
            case "unplug" -> {
                scanner.unplug();
                yield "unplugged";
            }
            case "plug" -> {
                scanner.plugIn();
                yield "plugged in";
            }
            case "help" -> HELP;
            default -> "unknown command ':" + words[0] + "'; " + HELP;
        };
    }

    private static String sent(boolean reached, String what) {
        return reached ? "sent " + what : "not sent, no host connected: " + what;
    }

    private static Optional<Integer> count(String argument) {
        try {
            int n = Integer.parseInt(argument.strip());
            return n >= 1 && n <= MAX_GENERATED ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * High bytes with {@code FF} (no character set's) every fourth, and no terminator or prefix byte, so they only
     * ever spoil the code they precede.
     */
    static byte[] noise(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0xFF : 0xC0 | i * 37 & 0x3F);
        }
        return bytes;
    }
}
