package org.kiosk.sim.passport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The elementary files of a test passport's chip (ICAO Doc 9303 part 10), built from the holder's MRZ and face image
 * and signed by a test document signer: EF.COM, DG1, DG2 (an ISO/IEC 19794-5 facial record holding a JPEG) and
 * EF.SOD (CMS SignedData over the SHA-256 hashes of DG1 and DG2).
 *
 * @param files the files by file identifier (011E EF.COM, 0101 DG1, 0102 DG2, 011D EF.SOD)
 * @param face  the JPEG inside DG2
 */
public record PassportFiles(Map<Integer, byte[]> files, byte[] face) {

    public static final int EF_COM = 0x011E;
    public static final int DG1 = 0x0101;
    public static final int DG2 = 0x0102;
    public static final int EF_SOD = 0x011D;

    private static final String LDS_SECURITY_OBJECT = "2.23.136.1.1.1";
    private static final String SHA256 = "2.16.840.1.101.3.4.2.1";

    /** Builds the files; {@code mrz} is the MRZ's lines, {@code face} a JPEG. */
    public static PassportFiles build(List<String> mrz, byte[] face, TestPki signer) {
        byte[] com = tlv(0x60, concat(tlv(0x5F01, ascii("0107")), tlv(0x5F36, ascii("040000")), tlv(0x5C, new byte[] {0x61, 0x75})));
        byte[] dg1 = tlv(0x61, tlv(0x5F1F, ascii(String.join("", mrz))));
        byte[] dg2 = dataGroup2(face);
        Map<Integer, byte[]> files = new LinkedHashMap<>();
        files.put(EF_COM, com);
        files.put(DG1, dg1);
        files.put(DG2, dg2);
        files.put(EF_SOD, securityObject(Map.of(1, dg1, 2, dg2), signer));
        return new PassportFiles(Map.copyOf(files), face.clone());
    }

    /** A copy with one byte of a data group's content changed after signing: its hash no longer matches EF.SOD. */
    public PassportFiles withAlteredDataGroup(int fileId) {
        Map<Integer, byte[]> changed = new LinkedHashMap<>(files);
        byte[] file = files.get(fileId).clone();
        file[file.length - 1] ^= 0x01;
        changed.put(fileId, file);
        return new PassportFiles(Map.copyOf(changed), face);
    }

    /** A plain test face: a 64 × 80 JPEG with a head-and-shoulders outline. */
    public static byte[] testFace() {
        BufferedImage image = new BufferedImage(64, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDE6F0));
        g.fillRect(0, 0, 64, 80);
        g.setColor(new Color(0x8C6A50));
        g.fillOval(18, 12, 28, 34);
        g.fillRoundRect(8, 52, 48, 30, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the test face", e);
        }
        return out.toByteArray();
    }

    private static byte[] dataGroup2(byte[] jpeg) {
        int facialBlock = 20 + 12 + jpeg.length;
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0});
        record.writeBytes(u32(14 + facialBlock));
        record.writeBytes(new byte[] {0, 1});
        record.writeBytes(u32(facialBlock));
        // no feature points; gender, eye and hair colour, feature mask, expression, pose and its uncertainty unspecified
        record.writeBytes(new byte[16]);
        // full frontal image, JPEG, 64 x 80, 24-bit RGB, static photo from a scanner, no device, no quality
        record.writeBytes(new byte[] {0x01, 0x00, 0x00, 0x40, 0x00, 0x50, 0x01, 0x02, 0, 0, 0, 0});
        record.writeBytes(jpeg);
        byte[] header = concat(tlv(0x80, new byte[] {0x01, 0x01}), tlv(0x81, new byte[] {0x02}),
                tlv(0x87, new byte[] {0x01, 0x01}), tlv(0x88, new byte[] {0x00, 0x08}));
        byte[] template = tlv(0x7F60, concat(tlv(0xA1, header), tlv(0x5F2E, record.toByteArray())));
        return tlv(0x75, tlv(0x7F61, concat(tlv(0x02, new byte[] {0x01}), template)));
    }

    private static byte[] securityObject(Map<Integer, byte[]> groups, TestPki signer) {
        try {
            ASN1EncodableVector hashes = new ASN1EncodableVector();
            for (int number : groups.keySet().stream().sorted().toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(groups.get(number));
                hashes.add(new DERSequence(new ASN1Encodable[] {new ASN1Integer(number), new DEROctetString(hash)}));
            }
            byte[] lds = new DERSequence(new ASN1Encodable[] {new ASN1Integer(0),
                    new AlgorithmIdentifier(new ASN1ObjectIdentifier(SHA256)), new DERSequence(hashes)}).getEncoded(ASN1Encoding.DER);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.documentSignerKey()), signer.documentSigner()));
            generator.addCertificate(new JcaX509CertificateHolder(signer.documentSigner()));
            byte[] contentInfo = generator.generate(new CMSProcessableByteArray(new ASN1ObjectIdentifier(LDS_SECURITY_OBJECT), lds), true)
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
            return tlv(0x77, contentInfo);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the test passport's EF.SOD", e);
        }
    }

    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        return ChipCrypto.concat(parts);
    }
}
