package org.kiosk.sim.idcard;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The standalone emulator's typed commands: {@code place NAME-or-FILE}, {@code remove}, {@code list},
 * {@code help}. Answers name cards by their library name and layout only, never their fields.
 */
final class ConsoleCommands {

    static final String HELP = "commands: place NAME-or-FILE, remove, list, help";

    private final CardLibrary library;
    private final IdCardReaderEmulator reader;

    ConsoleCommands(CardLibrary library, IdCardReaderEmulator reader) {
        this.library = library;
        this.reader = reader;
    }

    /** Carries out one typed line and returns what to show (empty for a blank line). */
    String execute(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] words = trimmed.split("\\s+", 2);
        return switch (words[0]) {
            case "place" -> words.length < 2 ? "place needs a card name or file; " + HELP : place(words[1]);
            case "remove" -> reader.card().map(c -> {
                reader.remove();
                return "removed " + c.name();
            }).orElse("no card on the reader");
            case "list" -> list();
            case "help" -> HELP;
            default -> "unknown command '" + words[0] + "'; " + HELP;
        };
    }

    private String place(String nameOrFile) {
        try {
            Card card = library.resolve(nameOrFile);
            reader.place(card);
            return "placed " + card;
        } catch (NoSuchElementException | IOException e) {
            return e.getMessage();
        }
    }

    private String list() {
        String current = reader.card().map(Card::name).orElse(null);
        return library.cards().stream()
                .map(c -> (c.name().equals(current) ? "* " : "  ") + c.name() + "  " + c.layout().fileName() + "  "
                        + c.fingerprintCount() + " fingerprint templates")
                .collect(Collectors.joining("\n"));
    }
}
