package org.kiosk.sim.fingerprint;

import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardLibrary;

import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The standalone emulator's typed commands: {@code finger CARDNAME [n]} (the finger of the person whose bundled ID
 * card carries template {@code n}, 0 or 1), {@code stranger}, {@code nofinger}, {@code poor 06|07}, {@code list},
 * {@code help}. Answers name cards by their library name only, never their fields.
 */
final class ConsoleCommands {

    static final String HELP = "commands: finger CARDNAME [n], stranger, nofinger, poor 06|07, list, help";

    private final CardLibrary library;
    private final FingerprintModuleEmulator module;

    ConsoleCommands(CardLibrary library, FingerprintModuleEmulator module) {
        this.library = library;
        this.module = module;
    }

    /** Carries out one typed line and returns what to show (empty for a blank line). */
    String execute(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] words = trimmed.split("\\s+");
        return switch (words[0]) {
            case "finger" -> words.length < 2 || words.length > 3 ? "finger needs a card name and maybe a template "
                    + "number; " + HELP : finger(words[1], words.length == 3 ? words[2] : "0");
            case "stranger" -> {
                module.finger(FingerprintModuleEmulator.strangerFinger());
                yield "a stranger's finger on the sensor";
            }
            case "nofinger" -> {
                module.noFinger();
                yield "no finger on the sensor";
            }
            case "poor" -> words.length != 2 ? "poor needs 06 or 07; " + HELP : poor(words[1]);
            case "list" -> list();
            case "help" -> HELP;
            default -> "unknown command '" + words[0] + "'; " + HELP;
        };
    }

    private String finger(String cardName, String index) {
        Card card;
        try {
            card = library.get(cardName);
        } catch (NoSuchElementException e) {
            return e.getMessage();
        }
        int n;
        try {
            n = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return "template number must be 0 or 1, got '" + index + "'";
        }
        if (n < 0 || n >= card.fingerprintCount()) {
            return card.fingerprintCount() == 0 ? "card " + cardName + " carries no fingerprint templates"
                    : "card " + cardName + " carries templates 0 to " + (card.fingerprintCount() - 1) + ", not " + n;
        }
        module.finger(FingerprintModuleEmulator.fingerOf(card.fingerprints().get(n)));
        return "the finger of card " + cardName + "'s template " + n + " on the sensor";
    }

    private String poor(String code) {
        return switch (code) {
            case "06", "6" -> {
                module.poorImage(ModulePackets.TOO_MESSY);
                yield "a finger giving a messy image (06) on the sensor";
            }
            case "07", "7" -> {
                module.poorImage(ModulePackets.TOO_FEW_FEATURES);
                yield "a finger giving too few feature points (07) on the sensor";
            }
            default -> "poor needs 06 or 07, not '" + code + "'";
        };
    }

    private String list() {
        return library.cards().stream()
                .filter(c -> c.fingerprintCount() > 0)
                .map(c -> "  " + c.name() + "  " + c.fingerprintCount() + " fingerprint templates")
                .collect(Collectors.joining("\n", "cards with fingerprint templates:\n", ""));
    }
}
