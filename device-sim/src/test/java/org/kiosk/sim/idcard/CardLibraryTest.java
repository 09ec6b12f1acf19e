package org.kiosk.sim.idcard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardLibraryTest {

    private static final String RESIDENT = """
            layout = resident
            name = 测试
            sex = 1
            ethnicity = 01
            birthDate = 19781216
            address = 测试路1号
            idNumber = 321083197812162119
            issuer = 测试市公安局
            validFrom = 20200101
            validTo = 20400101
            """;

    @TempDir
    Path dir;

    /** GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check "10X98765432"[sum mod 11]. */
    private static boolean checkDigitValid(String id) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }

    @Test
    void indexListsEveryBundledFile() throws Exception {
        Path bundledDir = Path.of(CardLibrary.class.getResource(CardLibrary.BUNDLED_DIR).toURI());
        try (Stream<Path> files = Files.list(bundledDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())))
                    .containsExactlyInAnyOrderElementsOf(CardLibrary.bundledNames());
        }
    }

    @Test
    void everyBundledCardLoads() {
        Map<String, Object[]> expected = Map.ofEntries(
                entry("resident-fp2", new Object[] {CardLayout.RESIDENT, 2}),
                entry("resident", new Object[] {CardLayout.RESIDENT, 0}),
                entry("resident-expired", new Object[] {CardLayout.RESIDENT, 0}),
                entry("resident-long-term", new Object[] {CardLayout.RESIDENT, 0}),
                entry("resident-bad-check-digit", new Object[] {CardLayout.RESIDENT, 0}),
                entry("hmt-hong-kong", new Object[] {CardLayout.HMT_PERMIT, 0}),
                entry("hmt-macao", new Object[] {CardLayout.HMT_PERMIT, 1}),
                entry("hmt-taiwan", new Object[] {CardLayout.HMT_PERMIT, 0}),
                entry("foreign-old", new Object[] {CardLayout.FOREIGN_OLD, 0}),
                entry("foreign-2023", new Object[] {CardLayout.FOREIGN_2023, 2}));
        CardLibrary library = CardLibrary.bundled();
        assertThat(library.names()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Card card : library.cards()) {
            assertThat(card.layout()).as(card.name()).isEqualTo(expected.get(card.name())[0]);
            assertThat(card.fingerprintCount()).as(card.name()).isEqualTo(expected.get(card.name())[1]);
            assertThat(card.photo()).hasSize(1024);
            assertThat(card.fingerprints()).allSatisfy(t -> assertThat(t).hasSize(512));
            assertThat(card.text()).hasSize(256);
            assertThat(card.field(CardField.TYPE_MARKER)).isEqualTo(card.layout().typeMarker());
            String id = card.field(CardField.ID_NUMBER);
            if (card.layout() != CardLayout.FOREIGN_OLD) {
                assertThat(checkDigitValid(id)).as(card.name() + " check digit")
                        .isEqualTo(!card.name().equals("resident-bad-check-digit"));
            }
        }
    }

    @Test
    void validityOfTheBundledCards() {
        CardLibrary library = CardLibrary.bundled();
        assertThat(library.get("resident-expired").field(CardField.VALID_TO)).isEqualTo("20200101");
        assertThat(library.get("resident-long-term").field(CardField.VALID_TO)).isEqualTo("长期");
        assertThat(library.get("hmt-hong-kong").field(CardField.ID_NUMBER)).startsWith("810000");
        assertThat(library.get("hmt-macao").field(CardField.ID_NUMBER)).startsWith("820000");
    }

    @Test
    void photoAndTemplatesAreTheSameEveryTimeAndDifferPerCard() {
        Card a = CardLibrary.bundled().get("resident-fp2");
        Card again = CardLibrary.bundled().get("resident-fp2");
        Card other = CardLibrary.bundled().get("foreign-2023");
        assertThat(a.photo()).isEqualTo(again.photo()).isNotEqualTo(other.photo());
        assertThat(a.fingerprints().get(0)).isEqualTo(again.fingerprints().get(0))
                .isNotEqualTo(a.fingerprints().get(1));
    }

    @Test
    void loadsADirectoryAndResolvesNamesAndFiles() throws Exception {
        Files.writeString(dir.resolve("mine.properties"), RESIDENT + "fingerprints = 1\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a card");
        CardLibrary library = CardLibrary.bundled().with(CardLibrary.fromDirectory(dir));
        assertThat(library.get("mine").fingerprintCount()).isEqualTo(1);
        assertThat(library.names()).contains("mine", "resident");
        assertThat(library.resolve("resident").name()).isEqualTo("resident");
        assertThat(library.resolve(dir.resolve("mine.properties").toString()).name()).isEqualTo("mine");
        assertThatThrownBy(() -> library.resolve("nosuch"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageStartingWith("no card 'nosuch'; known: ")
                .hasMessageContaining("resident-fp2");
    }

    @Test
    void malformedCardFilesAreRefusedNamingTheProblemNotTheValue() throws Exception {
        assertRefused(RESIDENT.replace("layout = resident", "layout = passport"),
                "layout 'passport' unknown; use one of resident, hmt-permit, foreign-old, foreign-2023");
        assertRefused(RESIDENT.replace("layout = resident\n", ""), "no 'layout'");
        assertRefused(RESIDENT.replace("issuer = 测试市公安局\n", ""), "field 'issuer' is missing");
        assertRefused(RESIDENT + "nickname = 小测\n", "unknown key 'nickname'");
        assertRefused(RESIDENT + "passNumber = H1\n", "field 'passNumber' has no place in layout resident");
        assertRefused(RESIDENT + "fingerprints = 3\n", "a card carries 0 to 2 fingerprint templates, not 3");
        assertRefused(RESIDENT + "fingerprints = two\n", "'fingerprints' must be 0, 1 or 2");
        String longName = "测试".repeat(8);
        Throwable tooLong = assertRefused(RESIDENT.replace("name = 测试", "name = " + longName),
                "field 'name' has 16 characters; layout resident holds 15");
        assertThat(tooLong.getMessage()).doesNotContain(longName);
        assertRefused(RESIDENT.replace("address = 测试路1号", "address = 测试路\uD840\uDC00号"),
                "field 'address' has a character outside UCS-2");

        Path gbk = dir.resolve("gbk.properties");
        Files.writeString(gbk, RESIDENT, Charset.forName("GBK"));
        assertThatThrownBy(() -> CardLibrary.load(gbk)).isInstanceOf(CardFileException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> CardLibrary.fromDirectory(dir.resolve("none")))
                .hasMessageContaining("not a directory of card files");
    }

    private Throwable assertRefused(String content, String problem) throws Exception {
        Path file = dir.resolve("card.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> CardLibrary.load(file));
        assertThat(t).isInstanceOf(CardFileException.class)
                .hasMessageStartingWith("card file " + file + ": ")
                .hasMessageContaining(problem);
        return t;
    }
}
