package org.kiosk.sim.fingerprint;

import org.kiosk.sim.Hex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's side of the packet format, worked out in the tests from the protocol notes (not with the emulator's
 * code): command packets written out in hex, data packets for DownChar, and the checks of a reply's framing.
 */
final class TestPackets {

    static final String GEN_IMG = "EF 01 FF FF FF FF 01 00 03 01 00 05";
    static final String IMG_2_TZ_1 = "EF 01 FF FF FF FF 01 00 04 02 01 00 08";
    static final String IMG_2_TZ_2 = "EF 01 FF FF FF FF 01 00 04 02 02 00 09";
    static final String MATCH = "EF 01 FF FF FF FF 01 00 03 03 00 07";
    /** Buffer 1, pages 0 to 299. */
    static final String SEARCH_1_ALL = "EF 01 FF FF FF FF 01 00 08 04 01 00 00 01 2C 00 3B";
    static final String REG_MODEL = "EF 01 FF FF FF FF 01 00 03 05 00 09";
    static final String STORE_1_PAGE_5 = "EF 01 FF FF FF FF 01 00 06 06 01 00 05 00 13";
    static final String LOAD_CHAR_2_PAGE_5 = "EF 01 FF FF FF FF 01 00 06 07 02 00 05 00 15";
    static final String UP_CHAR_1 = "EF 01 FF FF FF FF 01 00 04 08 01 00 0E";
    static final String UP_CHAR_2 = "EF 01 FF FF FF FF 01 00 04 08 02 00 0F";
    static final String DOWN_CHAR_2 = "EF 01 FF FF FF FF 01 00 04 09 02 00 10";
    static final String UP_IMAGE = "EF 01 FF FF FF FF 01 00 03 0A 00 0E";
    static final String DELETE_PAGE_5 = "EF 01 FF FF FF FF 01 00 07 0C 00 05 00 01 00 1A";
    static final String EMPTY = "EF 01 FF FF FF FF 01 00 03 0D 00 11";
    static final String SECURITY_LEVEL_4 = "EF 01 FF FF FF FF 01 00 05 0E 05 04 00 1D";
    static final String PACKET_SIZE_64 = "EF 01 FF FF FF FF 01 00 05 0E 06 01 00 1B";
    static final String READ_SYS_PARA = "EF 01 FF FF FF FF 01 00 03 0F 00 13";
    static final String VFY_PWD_0 = "EF 01 FF FF FF FF 01 00 07 13 00 00 00 00 00 1B";
    static final String VFY_PWD_12345678 = "EF 01 FF FF FF FF 01 00 07 13 12 34 56 78 01 2F";
    static final String GET_RANDOM_CODE = "EF 01 FF FF FF FF 01 00 03 14 00 18";
    static final String TEMPLATE_NUM = "EF 01 FF FF FF FF 01 00 03 1D 00 21";
    static final String READ_INDEX_TABLE_0 = "EF 01 FF FF FF FF 01 00 04 1F 00 00 24";

    static final String OK = "EF 01 FF FF FF FF 07 00 03 00 00 0A";
    static final String PACKET_ERROR = "EF 01 FF FF FF FF 07 00 03 01 00 0B";
    static final String NO_FINGER = "EF 01 FF FF FF FF 07 00 03 02 00 0C";
    static final String WRONG_PASSWORD = "EF 01 FF FF FF FF 07 00 03 13 00 1D";
    static final String PASSWORD_FIRST = "EF 01 FF FF FF FF 07 00 03 21 00 2B";

    private TestPackets() {
    }

    /** The packet with PID {@code pid} and {@code payload} to address FFFFFFFF, its sum added up here. */
    static byte[] packet(int pid, byte[] payload) {
        int len = payload.length + 2;
        byte[] head = {(byte) 0xEF, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) pid,
            (byte) (len >> 8), (byte) len};
        int sum = pid + (len >> 8) + (len & 0xFF);
        for (byte b : payload) {
            sum += b & 0xFF;
        }
        return Hex.concat(head, payload, new byte[] {(byte) (sum >> 8), (byte) sum});
    }

    /** {@code template} as the host sends it after DownChar: packets of {@code size} bytes, 02 ... 02, 08. */
    static byte[] dataPackets(byte[] template, int size) {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < template.length; i += size) {
            int pid = i + size >= template.length ? 0x08 : 0x02;
            packets.add(packet(pid, Arrays.copyOfRange(template, i, Math.min(template.length, i + size))));
        }
        return Hex.concat(packets.toArray(byte[][]::new));
    }

    /** Checks the start code, the address FFFFFFFF, the PID and the sum; returns the payload. */
    static byte[] payloadOf(byte[] packet, int expectedPid) {
        assertThat(Hex.hex(Arrays.copyOf(packet, 7))).as("start, address, PID")
                .isEqualTo(String.format("EF 01 FF FF FF FF %02X", expectedPid));
        int len = Hex.u16(packet, 7);
        assertThat(packet).hasSize(9 + len);
        int sum = 0;
        for (int i = 6; i < packet.length - 2; i++) {
            sum += packet[i] & 0xFF;
        }
        assertThat(Hex.u16(packet, packet.length - 2)).as("checksum").isEqualTo(sum & 0xFFFF);
        return Arrays.copyOfRange(packet, 9, packet.length - 2);
    }
}
