package org.kiosk.device.passport.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** BAC key derivation, mutual authentication and secure messaging on the worked example of ICAO Doc 9303 part 11 appendix D. */
class BacCryptoTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static byte[] hex(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    static final byte[] K_ENC = hex("AB94FDECF2674FDFB9B391F85D7F76F2");
    static final byte[] K_MAC = hex("7962D9ECE03D1ACD4C76089DCE131543");
    static final byte[] RND_IC = hex("4608F91988702212");
    static final byte[] RND_IFD = hex("781723860C06C226");
    static final byte[] K_IFD = hex("0B795240CB7049B01C19B33E32804F0B");

    @Test
    void basicAccessKeysFromTheMrzInformation() {
        byte[] seed = KeyDerivation.seedFromMrzInformation("L898902C<369080619406236");
        assertThat(HEX.formatHex(seed)).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(KeyDerivation.derive(seed, KeyDerivation.ENC)).isEqualTo(K_ENC);
        assertThat(KeyDerivation.derive(seed, KeyDerivation.MAC)).isEqualTo(K_MAC);
    }

    @Test
    void mutualAuthenticateDataAndSessionKeys() throws Exception {
        BacHandshake handshake = new BacHandshake(K_ENC, K_MAC, RND_IC, RND_IFD, K_IFD);
        assertThat(HEX.formatHex(handshake.commandData())).isEqualTo(
                "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7");
        SecureMessaging session = handshake.finish(hex(
                "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449"));
        assertThat(HEX.formatHex(session.ssc())).isEqualTo("887022120C06C226");
    }

    @Test
    void sessionKeysFromTheKeySeedOfBothSides() {
        byte[] seed = hex("0036D272F5C350ACAC50C3F572D23600");
        assertThat(HEX.formatHex(KeyDerivation.derive(seed, KeyDerivation.ENC))).isEqualTo("979EC13B1CBFE9DCD01AB0FED307EAE5");
        assertThat(HEX.formatHex(KeyDerivation.derive(seed, KeyDerivation.MAC))).isEqualTo("F1CB1F1FB5ADF208806B89DC579DC1F8");
    }

    @Test
    void anAnswerWithAWrongMacIsRefused() {
        BacHandshake handshake = new BacHandshake(K_ENC, K_MAC, RND_IC, RND_IFD, K_IFD);
        byte[] answer = hex("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7448");
        assertThatThrownBy(() -> handshake.finish(answer)).isInstanceOf(SecureMessagingException.class).hasMessageContaining("MAC");
    }

    @Test
    void selectAndReadEfComUnderSecureMessaging() throws Exception {
        SecureMessaging sm = new SecureMessaging(hex("979EC13B1CBFE9DCD01AB0FED307EAE5"), hex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
                hex("887022120C06C226"));

        assertThat(HEX.formatHex(sm.wrap(hex("00A4020C02011E"))))
                .isEqualTo("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800");
        assertThat(HEX.formatHex(sm.unwrap(hex("990290008E08FA855A5D4C50A8ED9000")))).isEqualTo("9000");

        assertThat(HEX.formatHex(sm.wrap(hex("00B0000004")))).isEqualTo("0CB000000D9701048E08ED6705417E96BA5500");
        assertThat(HEX.formatHex(sm.unwrap(hex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))))
                .isEqualTo("60145F019000");

        assertThat(HEX.formatHex(sm.wrap(hex("00B0000412")))).isEqualTo("0CB000040D9701128E082EA28A70F3C7B53500");
        assertThat(HEX.formatHex(sm.unwrap(hex(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"))))
                .isEqualTo("04303130365F36063034303030305C0261759000");
        assertThat(HEX.formatHex(sm.ssc())).isEqualTo("887022120C06C22C");
    }

    @Test
    void aReplayedResponseFailsTheMacBecauseTheCounterMovedOn() throws Exception {
        SecureMessaging sm = new SecureMessaging(hex("979EC13B1CBFE9DCD01AB0FED307EAE5"), hex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
                hex("887022120C06C226"));
        sm.wrap(hex("00A4020C02011E"));
        byte[] response = hex("990290008E08FA855A5D4C50A8ED9000");
        sm.unwrap(response);
        sm.wrap(hex("00A4020C02011E"));
        assertThatThrownBy(() -> sm.unwrap(response)).isInstanceOf(SecureMessagingException.class).hasMessageContaining("wrong MAC");
    }

    @Test
    void aBareStatusWordIsNotAProtectedResponse() {
        SecureMessaging sm = new SecureMessaging(new byte[16], new byte[16], new byte[8]);
        assertThatThrownBy(() -> sm.unwrap(hex("6988"))).isInstanceOf(SecureMessagingException.class).hasMessageContaining("6988");
    }

    @Test
    void paddingMethodTwo() throws Exception {
        assertThat(HEX.formatHex(TripleDes.pad(hex("011E")))).isEqualTo("011E800000000000");
        assertThat(HEX.formatHex(TripleDes.pad(hex("0102030405060708")))).isEqualTo("01020304050607088000000000000000");
        assertThat(TripleDes.unpad(hex("011E800000000000"))).isEqualTo(hex("011E"));
        assertThatThrownBy(() -> TripleDes.unpad(hex("011E000000000000"))).isInstanceOf(SecureMessagingException.class);
    }
}
