package org.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarFileTest {

    private static final String HEADER = """
            # a test calendar
            region: CN
            year: 2030
            issuer: 国务院办公厅
            title: 国务院办公厅关于2030年部分节假日安排的通知
            issued: 2029-11-01
            url: https://example.org/notice
            """;

    @Test
    void parsesHeaderAndEntriesAndKeepsTheTextAsIs() throws CalendarDataException {
        String text = HEADER + "\n2030-01-01 holiday 元旦\n2030-01-05 workday 春节调休上班\n";
        CalendarFile file = CalendarFile.parse("CN-2030.txt", text);
        assertThat(file.region()).isEqualTo(Region.CN);
        assertThat(file.year()).isEqualTo(2030);
        assertThat(file.issued()).contains(LocalDate.of(2029, 11, 1));
        assertThat(file.document()).isEmpty();
        assertThat(file.entries()).hasSize(2);
        assertThat(file.entry(LocalDate.of(2030, 1, 5))).get().extracting(CalendarEntry::name)
                .isEqualTo("春节调休上班");
        assertThat(file.text()).isEqualTo(text);
    }

    @Test
    void acceptsWindowsLineEndsAndAByteOrderMark() throws CalendarDataException {
        String text = "\uFEFF" + (HEADER + "2030-01-01 holiday 元旦\n").replace("\n", "\r\n");
        assertThat(CalendarFile.parse("CN-2030.txt", text.getBytes(StandardCharsets.UTF_8)).entries()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            entry out of the year        | 2031-01-01 holiday 元旦                 | 9  | outside the year 2030
            impossible date              | 2030-02-30 holiday 元旦                 | 9  | '2030-02-30' is not a valid date
            unknown kind                 | 2030-01-01 vacation 元旦                | 9  | kind 'vacation' is not one of
            no name                      | 2030-01-01 holiday                      | 9  | expected 'key: value' or 'YYYY-MM-DD kind name'
            make-up day on a weekday     | 2030-01-02 workday 调休                 | 9  | is a WEDNESDAY, not a Saturday or Sunday
            half-day on a Sunday         | 2030-01-06 half-day 除夕                | 9  | falls on a SUNDAY
            stray text                   | this is not a calendar line             | 9  | expected 'key: value'
            header after the entries     | 2030-01-01 holiday 元旦\\nnote: late    | 10 | header line 'note' after the entries
            duplicate date               | 2030-01-01 holiday 元旦\\n2030-01-01 holiday 元旦 | 10 | duplicate date 2030-01-01
            dates out of order           | 2030-01-02 holiday 元旦\\n2030-01-01 holiday 元旦 | 10 | is not after the previous entry
            unknown header               | colour: red                             | 9  | unknown header 'colour'
            """)
    void refusesAMalformedLineNamingFileAndLine(String what, String lines, int line, String reason) {
        String text = HEADER + "\n" + lines.replace("\\n", "\n") + "\n";
        assertThatThrownBy(() -> CalendarFile.parse("CN-2030.txt", text))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.source()).isEqualTo("CN-2030.txt");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("CN-2030.txt line " + line + ": ").contains(reason);
                });
    }

    @Test
    void refusesAMissingHeader() {
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", "region: CN\nyear: 2030\n2030-01-01 holiday 元旦\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("x.txt line 3: entry before the header is complete (missing issuer, title, url)");
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", ""))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("x.txt: header incomplete (missing region, year, issuer, title, url)");
    }

    @Test
    void refusesBadHeaderValues() {
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", HEADER.replace("region: CN", "region: TW")))
                .hasMessage("x.txt line 2: region 'TW' is not one of CN, HK, MO");
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", HEADER.replace("year: 2030", "year: 20x0")))
                .hasMessage("x.txt line 3: year '20x0' is not four digits");
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", HEADER.replace("https://", "ftp://")))
                .hasMessage("x.txt line 7: url must start with http:// or https://");
        assertThatThrownBy(() -> CalendarFile.parse("x.txt", HEADER + "year: 2031\n"))
                .hasMessage("x.txt line 8: repeated header 'year'");
    }

    @Test
    void refusesBytesThatAreNotUtf8WithTheirLine() {
        byte[] head = (HEADER + "2030-01-01 holiday ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> CalendarFile.parse("CN-2030.txt", bytes))
                .hasMessage("CN-2030.txt line 8: not valid UTF-8");
    }

    @Test
    void refusesOversizedText() {
        byte[] bytes = new byte[CalendarFile.MAX_BYTES + 1];
        assertThatThrownBy(() -> CalendarFile.parse("big.txt", bytes)).hasMessageContaining("larger than");
    }

    @Test
    void deliveredDataMustBeForTheRegionAndYearAskedFor() throws CalendarDataException {
        CalendarFile file = CalendarFile.parse("platform CN/2031", HEADER);
        assertThatThrownBy(() -> file.expect(Region.CN, 2031))
                .hasMessage("platform CN/2031: header year 2030 where 2031 was expected");
        assertThatThrownBy(() -> file.expect(Region.HK, 2030))
                .hasMessage("platform CN/2031: header region CN where HK was expected");
    }

    @Test
    void deliveredBytesAreParsedAndCheckedAgainstWhatWasAskedFor() throws CalendarDataException {
        byte[] body = HEADER.getBytes(StandardCharsets.UTF_8);
        assertThat(CalendarFile.parseDelivered(Region.CN, 2030, "GET /api/v1/calendars/CN/2030", body).year())
                .isEqualTo(2030);
        assertThatThrownBy(() -> CalendarFile.parseDelivered(Region.CN, 2031, "GET /api/v1/calendars/CN/2031", body))
                .hasMessage("GET /api/v1/calendars/CN/2031: header year 2030 where 2031 was expected");
    }

    @Test
    void aDirectoryWithAMalformedFileIsRefusedNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("CN-2030.txt"), HEADER + "2030-13-01 holiday 元旦\n");
        assertThatThrownBy(() -> WorkingCalendars.load(dir))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("CN-2030.txt line 8: '2030-13-01' is not a valid date");
    }

    @Test
    void aFileNameMustAgreeWithItsHeader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("HK-2030.txt"), HEADER);
        assertThatThrownBy(() -> WorkingCalendars.load(dir))
                .hasMessage("HK-2030.txt: header region CN where HK was expected");
        Files.delete(dir.resolve("HK-2030.txt"));
        Files.writeString(dir.resolve("calendar.txt"), HEADER);
        assertThatThrownBy(() -> WorkingCalendars.load(dir))
                .hasMessageStartingWith("calendar.txt: file name is not REGION-YEAR.txt");
    }

    @Test
    void everyBundledFileIsListedInTheIndexAndParses() throws Exception {
        assertThat(WorkingCalendars.bundledFiles()).hasSize(WorkingCalendars.bundledIndex().size());
        Path data = Path.of("src/main/resources", WorkingCalendars.RESOURCE_DIRECTORY);
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt")))
                    .containsExactlyInAnyOrderElementsOf(WorkingCalendars.bundledIndex());
        }
    }
}
