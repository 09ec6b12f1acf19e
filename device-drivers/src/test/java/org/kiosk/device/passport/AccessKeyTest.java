package org.kiosk.device.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kiosk.device.mrz.MrzParser;

/** BAC key input from the MRZ, on the ICAO Doc 9303 part 11 appendix D test vector. */
class AccessKeyTest {

    private static final List<String> SPECIMEN = List.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14");

    @Test
    void mrzInformationCarriesTheCheckDigits() {
        AccessKey key = AccessKey.of("L898902C", "690806", "940623");
        assertThat(key.mrzInformation()).isEqualTo("L898902C<369080619406236");
        assertThat(HexFormat.of().withUpperCase().formatHex(key.encryptionKey())).isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HexFormat.of().withUpperCase().formatHex(key.macKey())).isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
    }

    @Test
    void fromTheScannedMrz() throws Exception {
        AccessKey key = AccessKey.of(MrzParser.parse(SPECIMEN));
        assertThat(key.mrzInformation()).isEqualTo("L898902C<369080619406236");
    }

    @Test
    void invalidFieldsAreNamedNotShown() {
        assertThatThrownBy(() -> AccessKey.of("l898902c", "690806", "940623")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("document number").hasMessageNotContaining("l898902c");
        assertThatThrownBy(() -> AccessKey.of("L898902C", "6908", "940623")).hasMessageStartingWith("birth date");
        assertThatThrownBy(() -> AccessKey.of("L898902C", "690806", "94062X")).hasMessageStartingWith("expiry date");
    }

    @Test
    void toStringMasks() {
        assertThat(AccessKey.of("L898902C", "690806", "940623").toString())
                .doesNotContain("L898902C", "690806", "940623").contains("L8****2C");
    }
}
