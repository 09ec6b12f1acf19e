package org.kiosk.sim.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual chip's own cryptography on the test vectors of ICAO Doc 9303 part 11 appendix D. */
class ChipCryptoTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void basicAccessKeysFromTheSpecimenMrz() {
        String info = EmrtdChip.mrzInformation(PassportSimMain.SPECIMEN_MRZ);
        assertThat(info).isEqualTo("L898902C<369080619406236");
        byte[] seed = ChipCrypto.seed(info);
        assertThat(HEX.formatHex(seed)).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(HEX.formatHex(ChipCrypto.key(seed, 1))).isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HEX.formatHex(ChipCrypto.key(seed, 2))).isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
    }

    @Test
    void theChipsAuthenticationAnswerOfTheWorkedExample() {
        byte[] kEnc = HEX.parseHex("AB94FDECF2674FDFB9B391F85D7F76F2");
        byte[] kMac = HEX.parseHex("7962D9ECE03D1ACD4C76089DCE131543");
        byte[] r = HEX.parseHex("4608F91988702212781723860C06C2260B4F80323EB3191CB04970CB4052790B");
        byte[] e = ChipCrypto.encrypt(kEnc, r);
        assertThat(HEX.formatHex(e)).isEqualTo("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F");
        assertThat(HEX.formatHex(ChipCrypto.mac(kMac, e))).isEqualTo("2F2D235D074D7449");
    }

    @Test
    void td1KeyInformationComesFromBothLines() {
        List<String> td1 = List.of("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertThat(EmrtdChip.mrzInformation(td1)).isEqualTo("D23145890774081221204159");
    }
}
