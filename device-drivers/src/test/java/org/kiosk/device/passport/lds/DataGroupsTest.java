package org.kiosk.device.passport.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.TestPki;

/** The LDS files as the virtual passport builds them, and malformed ones. */
class DataGroupsTest {

    private static final TestPki PKI = TestPki.generate("UT");
    private static final byte[] FACE = PassportFiles.testFace();
    private static final PassportFiles FILES = PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, FACE, PKI);

    @Test
    void efComListsTheDataGroups() throws Exception {
        DataGroups.Com com = DataGroups.parseCom(FILES.files().get(PassportFiles.EF_COM));
        assertThat(com.ldsVersion()).isEqualTo("0107");
        assertThat(com.unicodeVersion()).isEqualTo("040000");
        assertThat(com.dataGroups()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void efComOfTheIcaoWorkedExample() throws Exception {
        byte[] com = HexFormat.of().parseHex("60145F0104303130365F36063034303030305C026175");
        assertThat(DataGroups.parseCom(com).dataGroups()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void dg1GivesTheMrzLines() throws Exception {
        assertThat(DataGroups.mrzLines(FILES.files().get(PassportFiles.DG1))).isEqualTo(PassportSimMain.SPECIMEN_MRZ);
    }

    @Test
    void dg1WithAnMrzOfAnotherLengthIsRefused() {
        byte[] dg1 = HexFormat.of().parseHex("6105" + "5F1F02" + "4141");
        assertThatThrownBy(() -> DataGroups.mrzLines(dg1)).isInstanceOf(LdsFormatException.class)
                .hasMessageContaining("2 characters").hasMessageNotContaining("AA");
    }

    @Test
    void dg2GivesTheJpegFace() throws Exception {
        FaceImage face = DataGroups.faceImage(FILES.files().get(PassportFiles.DG2));
        assertThat(face.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(face.bytes()).isEqualTo(FACE);
        assertThat(face.toString()).isEqualTo("FaceImage[JPEG, " + FACE.length + " bytes]");
        face.wipe();
        assertThat(face.isWiped()).isTrue();
    }

    @Test
    void dg2WithAJpeg2000Codestream() throws Exception {
        byte[] codestream = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0x00, 0x2F, 0x00, 0x00};
        FaceImage face = DataGroups.faceImage(dg2(codestream, 1));
        assertThat(face.format()).isEqualTo(ImageFormat.JPEG2000);
        assertThat(face.bytes()).isEqualTo(codestream);
    }

    @Test
    void dg2WhoseDataTypeContradictsTheImageIsRefused() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        assertThatThrownBy(() -> DataGroups.faceImage(dg2(jpeg, 1))).isInstanceOf(LdsFormatException.class)
                .hasMessageContaining("data type 1");
    }

    @Test
    void dg2WithATruncatedRecordIsRefused() {
        byte[] dg2 = FILES.files().get(PassportFiles.DG2);
        byte[] cut = Arrays.copyOf(dg2, dg2.length - 10);
        assertThatThrownBy(() -> DataGroups.faceImage(cut)).isInstanceOf(LdsFormatException.class).hasMessageContaining("DG2");
    }

    @Test
    void securityObjectListsTheHashes() throws Exception {
        SecurityObject sod = SecurityObject.parse(FILES.files().get(PassportFiles.EF_SOD));
        assertThat(sod.hashAlgorithm()).isEqualTo("SHA-256");
        assertThat(sod.hashes()).containsOnlyKeys(1, 2);
    }

    @Test
    void aSecurityObjectThatIsNotCmsIsRefused() {
        byte[] sod = HexFormat.of().parseHex("7703020100");
        assertThatThrownBy(() -> SecurityObject.parse(sod)).isInstanceOf(LdsFormatException.class).hasMessageContaining("CMS");
    }

    /** A DG2 with one facial record around {@code image} of the given ISO/IEC 19794-5 data type. */
    static byte[] dg2(byte[] image, int dataType) {
        int block = 20 + 12 + image.length;
        byte[] record = new byte[14 + block];
        System.arraycopy(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0}, 0, record, 0, 8);
        putU32(record, 8, record.length);
        record[13] = 1;
        putU32(record, 14, block);
        record[34] = 1;
        record[35] = (byte) dataType;
        System.arraycopy(image, 0, record, 46, image.length);
        byte[] bdb = tlv(0x5F2E, record);
        byte[] bit = tlv(0x7F60, concat(tlv(0xA1, new byte[] {(byte) 0x81, 0x01, 0x02}), bdb));
        return tlv(0x75, tlv(0x7F61, concat(new byte[] {0x02, 0x01, 0x01}, bit)));
    }

    private static void putU32(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 24);
        b[at + 1] = (byte) (v >> 16);
        b[at + 2] = (byte) (v >> 8);
        b[at + 3] = (byte) v;
    }

    private static byte[] tlv(int tag, byte[] value) {
        return org.kiosk.device.passport.codec.Tlv.encode(tag, value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
