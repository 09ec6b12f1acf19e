package org.kiosk.device.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitTest {

    @ParameterizedTest
    @CsvSource({
        "L898902C3, 6", "L898902C<, 3", "740812, 2", "120415, 9", "690806, 1", "940623, 6",
        "ZE184226B<<<<<, 1", "D23145890, 7", "'', 0", "<<<<<<, 0"})
    void theSpecimensCheckDigits(String field, char digit) {
        assertThat(CheckDigit.of(field)).isEqualTo(digit);
        assertThat(CheckDigit.matches(field, digit)).isTrue();
    }

    @Test
    void theNotesCompositeCheckDigit() {
        String line = "L898902C<3UTO6908061F9406236ZE184226B<<<<<14";
        assertThat(CheckDigit.of(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43)))
                .isEqualTo('4');
    }

    @Test
    void lettersCountTenToThirtyFive() {
        // a single character at weight 7: A=10 gives 70, Z=35 gives 245
        assertThat(CheckDigit.of("A")).isEqualTo('0');
        assertThat(CheckDigit.of("Z")).isEqualTo('5');
        assertThat(CheckDigit.of("<<B")).isEqualTo('1');
    }

    @Test
    void aNonDigitNeverMatches() {
        assertThat(CheckDigit.matches("<<<<", '<')).isFalse();
        assertThat(CheckDigit.matches("A", 'A')).isFalse();
    }

    @Test
    void otherCharactersAreAnErrorNamingOnlyTheirPosition() {
        assertThatThrownBy(() -> CheckDigit.of("ab1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("character 1 is not allowed in a machine-readable zone");
        assertThatThrownBy(() -> CheckDigit.of("AB 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 3");
        assertThatThrownBy(() -> CheckDigit.matches("１", '1')).isInstanceOf(IllegalArgumentException.class);
    }
}
