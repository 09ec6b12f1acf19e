package org.kiosk.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    /**
     * Published codes: the standard's own example (GB 32100-2015 Annex), and companies' codes printed on their licences.
     * By hand for the first: the 17 values 9,1,3,5,0,1,0,0,21(M),0,0,0,1,0,0,30(Y),4 times the weights
     * 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 sum to 1640; 1640 mod 31 = 28; 31 - 28 = 3, the check
     * character "3".
     */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "9144030071526726XG", "91110000802100433B"})
    void publishedCodesAreValid(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void theCheckCharacterIsComputedOverTheFirst17() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
        // a remainder of 0 gives the check character 0, not 31
        assertThat(UnifiedSocialCreditCode.isValid("114401000074998281")).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRefusedSayingWhichItShouldBe() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check character is 4, the first 17 characters give 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43", "91350100m000100Y43", "913501A0M000100Y43"})
    void malformedCodesAreRefusedWithAReason(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a unified social credit code: ");
    }

    @Test
    void anImplementationCodeBeginsWithTheBodysCode() {
        assertThat(UnifiedSocialCreditCode.prefixOf("1144010000749982812000110003000").value()).isEqualTo("114401000074998281");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.prefixOf("1144")).isInstanceOf(IllegalArgumentException.class);
    }
}
