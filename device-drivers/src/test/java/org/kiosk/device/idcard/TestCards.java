package org.kiosk.device.idcard;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Card texts written by hand at the offsets of the protocol notes' layout table: UCS-2 little-endian, every field
 * padded with spaces. The people are fictitious; the ID numbers are the notes' examples.
 */
public final class TestCards {

    public static final String RESIDENT_NAME = "张小明";
    public static final String RESIDENT_ADDRESS = "广东省广州市天河区体育西路一号";
    public static final String RESIDENT_ID = "440524188001010014";
    public static final String RESIDENT_AUTHORITY = "广州市公安局天河分局";

    public static final String PERMIT_NAME = "陈大文";
    public static final String PERMIT_ADDRESS = "广东省深圳市福田区福华路二号";
    public static final String PERMIT_ID = "81000019980902013X";
    public static final String PERMIT_PASS = "H12345678";

    public static final String FOREIGN_ENGLISH_NAME = "SMITH, JOHN ALEXANDER";
    public static final String FOREIGN_CHINESE_NAME = "史约翰";
    public static final String FOREIGN_PERMIT = "CAN110000000001";

    /** Longer than the 35 characters of the 2023 card's first English-name part, so it runs into the second. */
    public static final String FOREIGN_2023_ENGLISH_NAME = "VANDERBILT-MONTGOMERY, ALEXANDRA CATHERINE";
    public static final String FOREIGN_2023_ID = "932682198501010017";

    private TestCards() {
    }

    /** A 256-byte text of spaces to put fields into. */
    public static final class Text {

        private final byte[] bytes = new byte[256];

        public Text() {
            for (int i = 0; i < bytes.length; i += 2) {
                bytes[i] = ' ';
            }
        }

        /** Writes a field padded with spaces; the value must fit. */
        public Text put(int offset, int length, String value) {
            byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
            if (encoded.length > length) {
                throw new IllegalArgumentException("value does not fit the field at " + offset);
            }
            for (int i = 0; i < length; i += 2) {
                bytes[offset + i] = ' ';
                bytes[offset + i + 1] = 0;
            }
            System.arraycopy(encoded, 0, bytes, offset, encoded.length);
            return this;
        }

        /** Writes raw bytes, for malformed fields. */
        public Text putBytes(int offset, byte... raw) {
            System.arraycopy(raw, 0, bytes, offset, raw.length);
            return this;
        }

        public byte[] bytes() {
            return bytes.clone();
        }
    }

    public static Text resident() {
        return resident(RESIDENT_ID, "20150301", "20350301");
    }

    public static Text resident(String idNumber, String validFrom, String validTo) {
        return new Text()
                .put(0, 30, RESIDENT_NAME)
                .put(30, 2, "1")
                .put(32, 4, "01")
                .put(36, 16, "18800101")
                .put(52, 70, RESIDENT_ADDRESS)
                .put(122, 36, idNumber)
                .put(158, 30, RESIDENT_AUTHORITY)
                .put(188, 16, validFrom)
                .put(204, 16, validTo);
    }

    public static Text hmtPermit() {
        return new Text()
                .put(0, 30, PERMIT_NAME)
                .put(30, 2, "2")
                .put(36, 16, "19980902")
                .put(52, 70, PERMIT_ADDRESS)
                .put(122, 36, PERMIT_ID)
                .put(158, 30, "深圳市公安局")
                .put(188, 16, "20200115")
                .put(204, 16, "20250115")
                .put(220, 18, PERMIT_PASS)
                .put(238, 4, "03")
                .put(248, 2, "J");
    }

    public static Text foreignOld() {
        return new Text()
                .put(0, 120, FOREIGN_ENGLISH_NAME)
                .put(120, 2, "1")
                .put(122, 30, FOREIGN_PERMIT)
                .put(152, 6, "CAN")
                .put(158, 30, FOREIGN_CHINESE_NAME)
                .put(188, 16, "20170601")
                .put(204, 16, "20270601")
                .put(220, 16, "19700315")
                .put(236, 4, "01")
                .put(240, 8, "1100")
                .put(248, 2, "I");
    }

    public static Text foreign2023() {
        String name = FOREIGN_2023_ENGLISH_NAME;
        return new Text()
                .put(0, 30, "万德比")
                .put(30, 2, "2")
                .put(32, 4, "01")
                .put(36, 16, "19850101")
                .put(52, 70, name.substring(0, 35))
                .put(122, 36, FOREIGN_2023_ID)
                .put(188, 16, "20230601")
                .put(204, 16, "20330601")
                .put(220, 22, name.substring(35))
                .put(242, 6, "USA")
                .put(248, 2, "Y")
                .put(250, 6, "1");
    }

    /** All four layouts, for tests that run over each. */
    public static byte[][] allLayouts() {
        return new byte[][] {resident().bytes(), hmtPermit().bytes(), foreignOld().bytes(), foreign2023().bytes()};
    }

    public static boolean containsUtf16(byte[] haystack, String needle) {
        byte[] encoded = needle.getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i + encoded.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + encoded.length, encoded, 0, encoded.length)) {
                return true;
            }
        }
        return false;
    }
}
