package org.kiosk.device.fingerprint.codec;

import java.util.Optional;

/**
 * The instruction codes of the AS608/R30x protocol, and the command payloads that carry them: the code, then
 * its parameters big-endian. Each helper returns a fresh payload for {@link PacketEncoder#command}; arguments
 * out of the protocol's range are programming errors and throw {@link IllegalArgumentException}.
 */
public enum Instruction {
    GEN_IMG(0x01, "GenImg"),
    IMG_2_TZ(0x02, "Img2Tz"),
    MATCH(0x03, "Match"),
    SEARCH(0x04, "Search"),
    REG_MODEL(0x05, "RegModel"),
    STORE(0x06, "Store"),
    LOAD_CHAR(0x07, "LoadChar"),
    UP_CHAR(0x08, "UpChar"),
    DOWN_CHAR(0x09, "DownChar"),
    UP_IMAGE(0x0A, "UpImage"),
    DELETE_CHAR(0x0C, "DeleteChar"),
    EMPTY(0x0D, "Empty"),
    SET_SYS_PARA(0x0E, "SetSysPara"),
    READ_SYS_PARA(0x0F, "ReadSysPara"),
    VERIFY_PASSWORD(0x13, "VfyPwd"),
    GET_RANDOM_CODE(0x14, "GetRandomCode"),
    TEMPLATE_NUM(0x1D, "TemplateNum"),
    READ_INDEX_TABLE(0x1F, "ReadIndexTable");

    /** SetSysPara register: the baud rate as N, baud = N × 9600. */
    public static final int REGISTER_BAUD = 4;
    /** SetSysPara register: the security level, 1 (most lenient) to 5 (strictest). */
    public static final int REGISTER_SECURITY_LEVEL = 5;
    /** SetSysPara register: the data packet size code, 0..3 for 32, 64, 128, 256 bytes. */
    public static final int REGISTER_PACKET_SIZE = 6;

    private final int code;
    private final String label;

    Instruction(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The name the protocol notes and datasheets use, e.g. {@code VfyPwd}. */
    public String label() {
        return label;
    }

    /** The instruction for a code byte (only its low 8 bits count); empty for a code the notes do not list. */
    public static Optional<Instruction> of(int code) {
        for (Instruction instruction : values()) {
            if (instruction.code == (code & 0xFF)) {
                return Optional.of(instruction);
            }
        }
        return Optional.empty();
    }

    /** Capture a finger image into the image buffer. */
    public static byte[] genImg() {
        return GEN_IMG.payload();
    }

    /** Extract features from the image into character buffer 1 or 2. */
    public static byte[] img2Tz(int buffer) {
        return IMG_2_TZ.payload(checkBuffer(buffer));
    }

    /** Compare character buffers 1 and 2; the acknowledgement carries the score. */
    public static byte[] match() {
        return MATCH.payload();
    }

    /** Search the library from page {@code start} over {@code count} pages for the template in {@code buffer}. */
    public static byte[] search(int buffer, int start, int count) {
        checkUint16("start page", start);
        checkCount(count);
        return SEARCH.payload(checkBuffer(buffer), start >> 8, start & 0xFF, count >> 8, count & 0xFF);
    }

    /** Combine character buffers 1 and 2 into one template. */
    public static byte[] regModel() {
        return REG_MODEL.payload();
    }

    /** Store the template in {@code buffer} at library {@code page}. */
    public static byte[] store(int buffer, int page) {
        checkUint16("page", page);
        return STORE.payload(checkBuffer(buffer), page >> 8, page & 0xFF);
    }

    /** Load the template at library {@code page} into {@code buffer}. */
    public static byte[] loadChar(int buffer, int page) {
        checkUint16("page", page);
        return LOAD_CHAR.payload(checkBuffer(buffer), page >> 8, page & 0xFF);
    }

    /** Send the template in {@code buffer} to the host: an acknowledgement, then data packets. */
    public static byte[] upChar(int buffer) {
        return UP_CHAR.payload(checkBuffer(buffer));
    }

    /** Receive a template from the host into {@code buffer}: an acknowledgement, then the host's data packets. */
    public static byte[] downChar(int buffer) {
        return DOWN_CHAR.payload(checkBuffer(buffer));
    }

    /** Send the image buffer to the host: an acknowledgement, then data packets. */
    public static byte[] upImage() {
        return UP_IMAGE.payload();
    }

    /** Delete {@code count} templates from library {@code page} on. */
    public static byte[] deleteChar(int page, int count) {
        checkUint16("page", page);
        checkCount(count);
        return DELETE_CHAR.payload(page >> 8, page & 0xFF, count >> 8, count & 0xFF);
    }

    /** Delete every template in the library. */
    public static byte[] empty() {
        return EMPTY.payload();
    }

    /** Set a system register, e.g. {@link #REGISTER_SECURITY_LEVEL}, to {@code value} (one byte each). */
    public static byte[] setSysPara(int register, int value) {
        checkUint8("register", register);
        checkUint8("value", value);
        return SET_SYS_PARA.payload(register, value);
    }

    /** Read the 16 bytes of system parameters, see {@link SystemParameters}. */
    public static byte[] readSysPara() {
        return READ_SYS_PARA.payload();
    }

    /** Verify the module password, 32 bits big-endian ({@code 0} unless the module was configured otherwise). */
    public static byte[] verifyPassword(int password) {
        return VERIFY_PASSWORD.payload(password >>> 24, (password >> 16) & 0xFF, (password >> 8) & 0xFF,
                password & 0xFF);
    }

    /** Ask the module for a 4-byte random number. */
    public static byte[] getRandomCode() {
        return GET_RANDOM_CODE.payload();
    }

    /** Count the templates stored in the library. */
    public static byte[] templateNum() {
        return TEMPLATE_NUM.payload();
    }

    /** Read index page {@code page} (0..3): a 32-byte bitmap of the library pages in use. */
    public static byte[] readIndexTable(int page) {
        if (page < 0 || page > 3) {
            throw new IllegalArgumentException("index page must be 0..3, was " + page);
        }
        return READ_INDEX_TABLE.payload(page);
    }

    private byte[] payload(int... parameters) {
        byte[] payload = new byte[1 + parameters.length];
        payload[0] = (byte) code;
        for (int i = 0; i < parameters.length; i++) {
            payload[1 + i] = (byte) parameters[i];
        }
        return payload;
    }

    private static int checkBuffer(int buffer) {
        if (buffer != 1 && buffer != 2) {
            throw new IllegalArgumentException("character buffer must be 1 or 2, was " + buffer);
        }
        return buffer;
    }

    private static void checkCount(int count) {
        if (count < 1 || count > 0xFFFF) {
            throw new IllegalArgumentException("count must be 1..65535, was " + count);
        }
    }

    private static void checkUint16(String name, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(name + " must be 0..65535, was " + value);
        }
    }

    private static void checkUint8(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " must be 0..255, was " + value);
        }
    }
}
