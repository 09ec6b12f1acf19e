package org.kiosk.device.passport.lds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kiosk.device.passport.codec.Tlv;
import org.kiosk.device.passport.codec.TlvException;

/** Parsers of the LDS elementary files the kiosk reads (ICAO Doc 9303 part 10 §4.6, §4.7). */
public final class DataGroups {

    public static final int EF_COM_TAG = 0x60;
    public static final int DG1_TAG = 0x61;
    public static final int DG2_TAG = 0x75;
    public static final int SOD_TAG = 0x77;

    /** The file tags of DG1 to DG16, in order. */
    private static final int[] DATA_GROUP_TAGS = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};

    private DataGroups() {
    }

    /**
     * EF.COM: the LDS version and the data groups the chip holds.
     *
     * @param ldsVersion     e.g. {@code 0107} for LDS 1.7
     * @param unicodeVersion e.g. {@code 040000}
     * @param dataGroups     data-group numbers 1 to 16
     */
    public record Com(String ldsVersion, String unicodeVersion, Set<Integer> dataGroups) {
    }

    public static Com parseCom(byte[] file) throws LdsFormatException {
        try {
            Tlv com = whole(file, EF_COM_TAG);
            String lds = ascii(file, Tlv.child(0x5F01, file, com));
            String unicode = ascii(file, Tlv.child(0x5F36, file, com));
            Tlv list = Tlv.child(0x5C, file, com);
            Set<Integer> groups = new TreeSet<>();
            for (int at = list.valueOffset(); at < list.end(); at++) {
                int number = dataGroupOfTag(file[at] & 0xFF);
                if (number == 0) {
                    throw new LdsFormatException(String.format("EF.COM lists unknown data-group tag %02X", file[at] & 0xFF));
                }
                groups.add(number);
            }
            return new Com(lds, unicode, Set.copyOf(groups));
        } catch (TlvException e) {
            throw new LdsFormatException("EF.COM malformed: " + e.getMessage());
        }
    }

    /** The data-group number (1 to 16) of a file tag, or 0. */
    public static int dataGroupOfTag(int tag) {
        for (int i = 0; i < DATA_GROUP_TAGS.length; i++) {
            if (DATA_GROUP_TAGS[i] == tag) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The MRZ lines of DG1 (tag 5F1F): 3 × 30 characters (TD1), 2 × 36 (TD2) or 2 × 44 (TD3).
     *
     * @throws LdsFormatException when the MRZ has another length or characters outside A-Z, 0-9 and {@code <}
     */
    public static List<String> mrzLines(byte[] dg1) throws LdsFormatException {
        String mrz;
        try {
            Tlv group = whole(dg1, DG1_TAG);
            mrz = ascii(dg1, Tlv.child(0x5F1F, dg1, group));
        } catch (TlvException e) {
            throw new LdsFormatException("DG1 malformed: " + e.getMessage());
        }
        int lineLength = switch (mrz.length()) {
            case 90 -> 30;
            case 72 -> 36;
            case 88 -> 44;
            default -> throw new LdsFormatException("DG1 MRZ has " + mrz.length() + " characters, not 90, 72 or 88");
        };
        for (int i = 0; i < mrz.length(); i++) {
            char c = mrz.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                throw new LdsFormatException("DG1 MRZ has a character outside A-Z, 0-9 and '<' at " + i);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int at = 0; at < mrz.length(); at += lineLength) {
            lines.add(mrz.substring(at, at + lineLength));
        }
        return List.copyOf(lines);
    }

    /**
     * The first face image of DG2: inside the biometric information group template (7F61), the first biometric
     * information template (7F60), its biometric data block (5F2E or 7F2E) in ISO/IEC 19794-5 form.
     */
    public static FaceImage faceImage(byte[] dg2) throws LdsFormatException {
        Tlv block;
        try {
            Tlv group = whole(dg2, DG2_TAG);
            Tlv templates = Tlv.child(0x7F61, dg2, group);
            Tlv first = Tlv.child(0x7F60, dg2, templates);
            block = blockOf(dg2, first);
        } catch (TlvException e) {
            throw new LdsFormatException("DG2 malformed: " + e.getMessage());
        }
        return FacialRecord.image(dg2, block.valueOffset(), block.end());
    }

    private static Tlv blockOf(byte[] dg2, Tlv template) throws TlvException {
        try {
            return Tlv.child(0x5F2E, dg2, template);
        } catch (TlvException plain) {
            return Tlv.child(0x7F2E, dg2, template);
        }
    }

    /** The one TLV the whole file is, with the expected tag and nothing after it. */
    static Tlv whole(byte[] file, int tag) throws TlvException {
        Tlv tlv = Tlv.expect(tag, file, 0, file.length);
        if (tlv.end() != file.length) {
            throw new TlvException((file.length - tlv.end()) + " bytes after the file's TLV");
        }
        return tlv;
    }

    private static String ascii(byte[] data, Tlv tlv) {
        byte[] value = tlv.value(data);
        try {
            return new String(value, StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }
}
