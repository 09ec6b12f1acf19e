package org.kiosk.platform.client;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class KioskCredentialsTest {

    @Test
    void aCertificateRequestIsPemWrappedDer() {
        String pem = KioskCredentials.certificateRequest(KioskCredentials.newKeyPair(), "kiosk-01");
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----\n").endsWith("-----END CERTIFICATE REQUEST-----\n");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        assertThat(der[0]).isEqualTo((byte) 0x30);
        int length = der[1] == (byte) 0x81 ? der[2] & 0xFF : der[1] == (byte) 0x82 ? ((der[2] & 0xFF) << 8) | (der[3] & 0xFF) : der[1];
        int header = der[1] == (byte) 0x81 ? 3 : der[1] == (byte) 0x82 ? 4 : 2;
        assertThat(der).hasSize(header + length);
    }
}
