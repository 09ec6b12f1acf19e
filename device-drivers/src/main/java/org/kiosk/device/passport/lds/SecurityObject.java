package org.kiosk.device.passport.lds;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.kiosk.device.passport.codec.Tlv;
import org.kiosk.device.passport.codec.TlvException;

/**
 * EF.SOD: a CMS SignedData whose content, the LDS security object, lists a hash of every data group; the document
 * signer signs it and its certificate normally travels inside (ICAO Doc 9303 part 10 §4.6.2, part 12).
 *
 * @param signedData    the CMS structure, for the signature check
 * @param hashAlgorithm the Java name of the data-group hash algorithm, e.g. {@code SHA-256}
 * @param hashes        the hash of each data group the SOD covers, by data-group number
 */
public record SecurityObject(CMSSignedData signedData, String hashAlgorithm, Map<Integer, byte[]> hashes) {

    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    public static SecurityObject parse(byte[] file) throws LdsFormatException {
        byte[] contentInfo;
        try {
            contentInfo = DataGroups.whole(file, DataGroups.SOD_TAG).value(file);
        } catch (TlvException e) {
            throw new LdsFormatException("EF.SOD malformed: " + e.getMessage());
        }
        try {
            CMSSignedData signed = new CMSSignedData(contentInfo);
            if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.getId().equals(signed.getSignedContentTypeOID())) {
                throw new LdsFormatException("EF.SOD signs content of type " + signed.getSignedContentTypeOID()
                        + ", not an LDS security object");
            }
            if (signed.getSignedContent() == null || !(signed.getSignedContent().getContent() instanceof byte[] content)) {
                throw new LdsFormatException("EF.SOD carries no LDS security object");
            }
            LDSSecurityObject lds = LDSSecurityObject.getInstance(ASN1Primitive.fromByteArray(content));
            ASN1ObjectIdentifier digest = lds.getDigestAlgorithmIdentifier().getAlgorithm();
            String algorithm = DIGESTS.get(digest);
            if (algorithm == null) {
                throw new LdsFormatException("EF.SOD uses an unknown data-group hash algorithm " + digest);
            }
            Map<Integer, byte[]> hashes = new TreeMap<>();
            for (DataGroupHash h : lds.getDatagroupHash()) {
                int number = h.getDataGroupNumber();
                if (number < 1 || number > 16 || hashes.put(number, h.getDataGroupHashValue().getOctets()) != null) {
                    throw new LdsFormatException("EF.SOD lists data group " + number + " twice or out of range");
                }
            }
            return new SecurityObject(signed, algorithm, Map.copyOf(hashes));
        } catch (CMSException | RuntimeException | java.io.IOException e) {
            // BouncyCastle reports malformed ASN.1 with unchecked exceptions too
            throw new LdsFormatException("EF.SOD is not a valid CMS SignedData with an LDS security object: "
                    + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(contentInfo, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "SecurityObject[" + hashAlgorithm + ", data groups " + hashes.keySet() + "]";
    }
}
