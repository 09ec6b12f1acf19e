package org.kiosk.device.passport.pa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.passport.lds.SecurityObject;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.TestPki;

/**
 * Passive authentication over test passports signed by generated PKIs: every outcome, and which check failed.
 * Untrusted CSCA: a trust store without any CSCA of the issuing state gives NOT_VERIFIABLE; one holding a CSCA of the
 * state that did not issue the document signer (a forged signer under the same names) gives FAILED (CHAIN).
 */
class PassiveAuthenticatorTest {

    private static final TestPki UTOPIA = TestPki.generate("UT");
    private static final TestPki FORGER = TestPki.generate("UT");
    private static final TestPki OTHER_STATE = TestPki.generate("XZ");
    private static final PassportFiles FILES = PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), UTOPIA);

    private static PassiveAuthentication verify(PassportFiles files, CscaTrustStore store) throws Exception {
        SecurityObject sod = SecurityObject.parse(files.files().get(PassportFiles.EF_SOD));
        return new PassiveAuthenticator(store, Clock.systemUTC()).verify(sod,
                Map.of(1, files.files().get(PassportFiles.DG1), 2, files.files().get(PassportFiles.DG2)));
    }

    @Test
    void verifiedWithTheStatesCsca(@TempDir Path dir) throws Exception {
        UTOPIA.writeCsca(dir);
        PassiveAuthentication pa = verify(FILES, CscaTrustStore.load(dir));
        assertThat(pa.outcome()).isEqualTo(Outcome.VERIFIED);
        assertThat(pa.issuingState()).isEqualTo("UT");
        assertThat(pa.verified()).isTrue();
    }

    @Test
    void notVerifiableWithoutACscaOfTheState(@TempDir Path dir) throws Exception {
        OTHER_STATE.writeCsca(dir);
        PassiveAuthentication pa = verify(FILES, CscaTrustStore.load(dir));
        assertThat(pa.outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(pa.failedCheck()).isEmpty();
        assertThat(pa.verified()).isFalse();
    }

    @Test
    void failedChainWhenTheStatesCscaDidNotIssueTheSigner(@TempDir Path dir) throws Exception {
        UTOPIA.writeCsca(dir);
        PassportFiles forged = PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(), FORGER);
        PassiveAuthentication pa = verify(forged, CscaTrustStore.load(dir));
        assertThat(pa.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(pa.failedCheck()).contains(FailedCheck.CHAIN);
    }

    @Test
    void failedHashNamesTheDataGroup(@TempDir Path dir) throws Exception {
        UTOPIA.writeCsca(dir);
        PassiveAuthentication pa = verify(FILES.withAlteredDataGroup(PassportFiles.DG2), CscaTrustStore.load(dir));
        assertThat(pa.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(pa.failedCheck()).contains(FailedCheck.DATA_GROUP_HASH);
        assertThat(pa.dataGroup()).hasValue(2);
        assertThat(pa.describe()).startsWith("FAILED (DATA_GROUP_HASH, DG2)");
    }

    @Test
    void anAlteredDataGroupFailsEvenWithoutACsca() throws Exception {
        PassiveAuthentication pa = verify(FILES.withAlteredDataGroup(PassportFiles.DG1), CscaTrustStore.empty());
        assertThat(pa.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(pa.dataGroup()).hasValue(1);
    }

    @Test
    void failedSignatureWhenTheSignedContentChanged(@TempDir Path dir) throws Exception {
        UTOPIA.writeCsca(dir);
        byte[] sod = FILES.files().get(PassportFiles.EF_SOD).clone();
        // the hash of DG1 inside the signed LDS security object: change one byte of it
        byte[] dg1Hash = SecurityObject.parse(sod).hashes().get(1);
        int at = indexOf(sod, dg1Hash);
        sod[at] ^= 0x01;
        SecurityObject tampered = SecurityObject.parse(sod);
        PassiveAuthentication pa = new PassiveAuthenticator(CscaTrustStore.load(dir), Clock.systemUTC()).verify(tampered, Map.of());
        assertThat(pa.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(pa.failedCheck()).contains(FailedCheck.SIGNATURE);
    }

    @Test
    void aKeystoreServesAsTrustStore(@TempDir Path dir) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("utopia", UTOPIA.csca());
        Path file = dir.resolve("csca.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "changeit".toCharArray());
        }
        assertThat(verify(FILES, CscaTrustStore.load(file, "changeit".toCharArray())).outcome()).isEqualTo(Outcome.VERIFIED);
        assertThatThrownBy(() -> CscaTrustStore.load(file)).isInstanceOf(TrustStoreException.class).hasMessageContaining("password");
    }

    @Test
    void anUnreadableTrustStoreIsATypedError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.pem"), "not a certificate");
        assertThatThrownBy(() -> CscaTrustStore.load(dir)).isInstanceOf(TrustStoreException.class).hasMessageContaining("broken.pem");
        assertThatThrownBy(() -> CscaTrustStore.load(dir.resolve("missing"))).isInstanceOf(TrustStoreException.class);
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
