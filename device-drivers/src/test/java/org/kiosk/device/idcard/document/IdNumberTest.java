package org.kiosk.device.idcard.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "321083197812162119", "33010219200403064X",
            "81000019980902013X", "820000200009100032", "830000200209060065", "932682198501010017"})
    void theNotesValidExamples(String number) {
        assertThat(IdNumber.isValid(number)).isTrue();
        assertThat(IdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
    }

    @Test
    void theNotesInvalidExample() {
        assertThat(IdNumber.hasValidForm("110105194912310021")).isTrue();
        assertThat(IdNumber.isValid("110105194912310021")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "11010519491231002x", "1101051949123100AX",
            "１１0105194912310021"})
    void malformedNumbers(String number) {
        assertThat(IdNumber.isValid(number)).isFalse();
    }

    @Test
    void nullIsNotValid() {
        assertThat(IdNumber.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumber.checkCharacter("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkCharacter("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRemainderHasItsCharacter() {
        // changing the last of the 17 digits moves the remainder by its weight 2; ten steps cover ten remainders
        StringBuilder seen = new StringBuilder();
        for (int d = 0; d <= 9; d++) {
            seen.append(IdNumber.checkCharacter("4405241880010100" + d));
        }
        assertThat(seen.chars().distinct().count()).isEqualTo(10);
    }
}
