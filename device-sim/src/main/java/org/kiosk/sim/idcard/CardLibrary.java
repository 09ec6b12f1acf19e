package org.kiosk.sim.idcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Cards described in files, one per card: {@code NAME.properties} in UTF-8, the card called NAME.
 *
 * <pre>
 * # resident ID card with two fingerprint templates
 * layout = resident
 * name = 测试一
 * sex = 1
 * ethnicity = 01
 * birthDate = 19781216
 * address = 江苏省测试市示例路1号
 * idNumber = 321083197812162119
 * issuer = 测试市公安局
 * validFrom = 20200101
 * validTo = 20400101
 * fingerprints = 2
 * </pre>
 *
 * <p>{@code layout} is {@code resident}, {@code hmt-permit}, {@code foreign-old} or {@code foreign-2023}; the
 * other keys are those of {@link CardField} that the layout has a place for, all of them required except
 * {@code typeMarker}; {@code fingerprints} (0 to 2, default 0) is the number of templates. Unknown keys are errors.
 *
 * <p>The cards bundled with the emulator ({@link #bundled()}) are listed in {@value #BUNDLED_INDEX}: resident ID
 * cards {@code resident-fp2} (two templates), {@code resident} (none), {@code resident-expired},
 * {@code resident-long-term} (valid to 长期), {@code resident-bad-check-digit}; HK/Macao/Taiwan permits
 * {@code hmt-hong-kong}, {@code hmt-macao} (one template), {@code hmt-taiwan}; foreigner cards
 * {@code foreign-old} ('I') and {@code foreign-2023} ('Y', two templates).
 */
public final class CardLibrary {

    static final String BUNDLED_DIR = "/org/kiosk/sim/idcard/cards/";
    static final String BUNDLED_INDEX = BUNDLED_DIR + "index.txt";
    private static final String SUFFIX = ".properties";
    private static final String LAYOUT_KEY = "layout";
    private static final String FINGERPRINTS_KEY = "fingerprints";

    private final Map<String, Card> cards;

    private CardLibrary(Map<String, Card> cards) {
        this.cards = Map.copyOf(cards);
    }

    /**
     * The cards shipped in device-sim's resources.
     *
     * @throws IllegalStateException when a bundled file is missing or malformed (a broken build, not bad input)
     */
    public static CardLibrary bundled() {
        Map<String, Card> cards = new HashMap<>();
        try {
            for (String name : bundledNames()) {
                String resource = BUNDLED_DIR + name + SUFFIX;
                try (InputStream in = CardLibrary.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new CardFileException(resource, "listed in " + BUNDLED_INDEX + " but not bundled");
                    }
                    cards.put(name, parse(name, in, resource));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bundled ID cards unusable: " + e.getMessage(), e);
        }
        return new CardLibrary(cards);
    }

    /** Every {@code *.properties} file in {@code directory} (not its subdirectories). */
    public static CardLibrary fromDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "not a directory of card files");
        }
        Map<String, Card> cards = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                Card card = load(file);
                cards.put(card.name(), card);
            }
        }
        return new CardLibrary(cards);
    }

    /** One card file; the card is called after the file, without {@code .properties}. */
    public static Card load(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
        try (InputStream in = Files.newInputStream(file)) {
            return parse(name, in, file.toString());
        }
    }

    /** This library with {@code other}'s cards added; a card of the same name is replaced by other's. */
    public CardLibrary with(CardLibrary other) {
        Map<String, Card> merged = new HashMap<>(cards);
        merged.putAll(other.cards);
        return new CardLibrary(merged);
    }

    /** @throws NoSuchElementException naming the cards there are */
    public Card get(String name) {
        Card card = cards.get(name);
        if (card == null) {
            throw new NoSuchElementException("no card '" + name + "'; known: " + String.join(", ", names()));
        }
        return card;
    }

    /**
     * A card file when {@code nameOrFile} is the path of a file, otherwise the library's card of that name.
     *
     * @throws NoSuchElementException when it is neither
     */
    public Card resolve(String nameOrFile) throws IOException {
        if (!cards.containsKey(nameOrFile)) {
            Path file = Path.of(nameOrFile);
            if (Files.isRegularFile(file)) {
                return load(file);
            }
        }
        return get(nameOrFile);
    }

    /** The card names, sorted. */
    public List<String> names() {
        return cards.keySet().stream().sorted().toList();
    }

    /** The cards, sorted by name. */
    public List<Card> cards() {
        return names().stream().map(cards::get).toList();
    }

    static List<String> bundledNames() throws IOException {
        try (InputStream in = CardLibrary.class.getResourceAsStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new CardFileException(BUNDLED_INDEX, "missing");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private static Card parse(String name, InputStream in, String source) throws IOException {
        Properties props = new Properties();
        // strict UTF-8: a file saved in GBK by mistake is an error, not garbled names
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            props.load(reader);
        } catch (CharacterCodingException e) {
            throw new CardFileException(source, "not valid UTF-8", e);
        } catch (IllegalArgumentException e) {
            throw new CardFileException(source, "malformed properties (" + e.getMessage() + ")", e);
        }
        String layoutName = props.getProperty(LAYOUT_KEY);
        if (layoutName == null) {
            throw new CardFileException(source, "no '" + LAYOUT_KEY + "'; use one of " + layoutNames());
        }
        CardLayout layout = CardLayout.byFileName(layoutName.strip()).orElseThrow(() -> new CardFileException(source,
                "layout '" + layoutName.strip() + "' unknown; use one of " + layoutNames()));
        try {
            Card.Builder builder = Card.builder(name, layout);
            for (String key : props.stringPropertyNames().stream().sorted().toList()) {
                String value = props.getProperty(key).strip();
                if (key.equals(LAYOUT_KEY)) {
                    continue;
                }
                if (key.equals(FINGERPRINTS_KEY)) {
                    builder.fingerprintCount(fingerprintCount(value, source));
                    continue;
                }
                builder.field(fieldFor(key, source), value);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CardFileException(source, e.getMessage(), e);
        }
    }

    private static int fingerprintCount(String value, String source) throws CardFileException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CardFileException(source, "'" + FINGERPRINTS_KEY + "' must be 0, 1 or 2, not '" + value + "'");
        }
    }

    private static CardField fieldFor(String key, String source) throws CardFileException {
        for (CardField f : CardField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        List<String> keys = new ArrayList<>(List.of(LAYOUT_KEY, FINGERPRINTS_KEY));
        Arrays.stream(CardField.values()).map(CardField::key).forEach(keys::add);
        throw new CardFileException(source, "unknown key '" + key + "'; known: " + String.join(", ", keys));
    }

    private static String layoutNames() {
        return String.join(", ", Arrays.stream(CardLayout.values()).map(CardLayout::fileName).toList());
    }
}
