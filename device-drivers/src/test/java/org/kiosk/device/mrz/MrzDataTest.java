package org.kiosk.device.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MrzDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void birthDateIsInTheMostRecentPastCentury() {
        assertThat(data("740812", "300101").birthDateOn(TODAY)).contains(LocalDate.of(1974, 8, 12));
        assertThat(data("150101", "300101").birthDateOn(TODAY)).contains(LocalDate.of(2015, 1, 1));
        assertThat(data("261127", "300101").birthDateOn(TODAY)).contains(LocalDate.of(2026, 11, 27));
        assertThat(data("261128", "300101").birthDateOn(TODAY)).contains(LocalDate.of(1926, 11, 28));
        assertThat(data("000229", "300101").birthDateOn(TODAY)).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void unknownOrImpossibleBirthDatesDoNotResolve() {
        assertThat(data("74<<<<", "300101").birthDateOn(TODAY)).isEmpty();
        assertThat(data("741332", "300101").birthDateOn(TODAY)).isEmpty();
        assertThat(data("250229", "300101").birthDateOn(TODAY)).isEmpty();
    }

    @Test
    void expiryDateLooksForward() {
        assertThat(data("740812", "120415").expiryDateOn(TODAY)).contains(LocalDate.of(2012, 4, 15));
        assertThat(data("740812", "360101").expiryDateOn(TODAY)).contains(LocalDate.of(2036, 1, 1));
        assertThat(data("740812", "751231").expiryDateOn(TODAY)).contains(LocalDate.of(2075, 12, 31));
        assertThat(data("740812", "770101").expiryDateOn(TODAY)).contains(LocalDate.of(1977, 1, 1));
        assertThat(data("740812", "990101").expiryDateOn(TODAY)).contains(LocalDate.of(1999, 1, 1));
    }

    @Test
    void expiry() {
        assertThat(data("740812", "120415").isExpiredOn(TODAY)).isTrue();
        assertThat(data("740812", "261127").isExpiredOn(TODAY)).isFalse();
        assertThat(data("740812", "261126").isExpiredOn(TODAY)).isTrue();
        assertThat(data("740812", "261340").isExpiredOn(TODAY)).isTrue();
    }

    @Test
    void toStringMasksEveryPersonalField() throws MrzException {
        String text = MrzParser.parse(Specimens.TD3).toString();
        assertThat(text).contains("TD3", "documentCode=P", "issuingState=UTO")
                .doesNotContain("ERIKSSON", "ANNA", "MARIA", "L898902C3", "740812", "120415", "ZE184226B",
                        "nationality=UTO", "sex=F");
    }

    private static MrzData data(String birth, String expiry) {
        return new MrzData(MrzFormat.TD3, "P", "UTO", "L898902C3", "ERIKSSON", "ANNA MARIA", "UTO", birth, 'F',
                expiry, "", "");
    }
}
