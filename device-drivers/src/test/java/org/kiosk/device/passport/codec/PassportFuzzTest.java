package org.kiosk.device.passport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kiosk.device.codec.Fuzz;
import org.kiosk.device.passport.crypto.SecureMessaging;
import org.kiosk.device.passport.crypto.SecureMessagingException;
import org.kiosk.device.passport.crypto.TripleDes;
import org.kiosk.device.passport.lds.DataGroups;
import org.kiosk.device.passport.lds.LdsFormatException;
import org.kiosk.device.passport.lds.SecurityObject;
import org.kiosk.sim.passport.PassportFiles;
import org.kiosk.sim.passport.PassportSimMain;
import org.kiosk.sim.passport.TestPki;

/**
 * Mutated TLV structures, LDS files and protected responses: each gives a result or its own typed exception, never
 * another exception or an endless loop.
 */
class PassportFuzzTest {

    private static final int ROUNDS = 2000;
    private static final PassportFiles FILES = PassportFiles.build(PassportSimMain.SPECIMEN_MRZ, PassportFiles.testFace(),
            TestPki.generate("UT"));

    private static byte[] mutate(Random random, byte[] original) {
        byte[] bytes = original.clone();
        return switch (random.nextInt(5)) {
            case 0 -> {
                Fuzz.flipBits(random, bytes);
                yield bytes;
            }
            case 1 -> Fuzz.truncate(random, bytes);
            case 2 -> Fuzz.cut(random, bytes);
            case 3 -> Fuzz.insertGarbage(random, bytes, new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF});
            default -> {
                // a length byte where a header is likely: long forms, indefinite, huge
                int at = random.nextInt(Math.min(bytes.length, 8));
                bytes[at] = (byte) (0x80 | random.nextInt(8));
                yield bytes;
            }
        };
    }

    @Test
    void tlvReadingStaysInBounds() {
        Random random = new Random(9303);
        for (int round = 0; round < ROUNDS * 3; round++) {
            byte[] data = random.nextBoolean() ? Fuzz.randomBytes(random, random.nextInt(12))
                    : mutate(random, FILES.files().get(PassportFiles.EF_COM));
            try {
                for (int at = 0; at < data.length; ) {
                    Tlv tlv = Tlv.read(data, at, data.length);
                    assertThat(tlv.end()).isBetween(at + 1, data.length);
                    at = tlv.end();
                }
            } catch (TlvException expected) {
                // malformed, reported as such
            }
        }
    }

    @Test
    void mutatedFilesParseOrFailTyped() {
        Random random = new Random(11);
        for (int round = 0; round < ROUNDS; round++) {
            int which = random.nextInt(4);
            int fid = new int[] {PassportFiles.EF_COM, PassportFiles.DG1, PassportFiles.DG2, PassportFiles.EF_SOD}[which];
            byte[] file = mutate(random, FILES.files().get(fid));
            try {
                switch (which) {
                    case 0 -> DataGroups.parseCom(file);
                    case 1 -> DataGroups.mrzLines(file);
                    case 2 -> DataGroups.faceImage(file);
                    default -> SecurityObject.parse(file);
                }
            } catch (LdsFormatException expected) {
                // malformed, reported as such
            }
        }
    }

    @Test
    void mutatedProtectedResponsesAreRefusedTyped() throws Exception {
        Random random = new Random(7816);
        byte[] kEnc = Fuzz.randomBytes(random, 16);
        byte[] kMac = Fuzz.randomBytes(random, 16);
        byte[] ssc = new byte[8];
        for (int round = 0; round < ROUNDS; round++) {
            byte[] data = Fuzz.randomBytes(random, random.nextInt(40));
            byte[] good = protect(kEnc, kMac, ssc, data);
            byte[] mutated = mutate(random, good);
            SecureMessaging sm = new SecureMessaging(kEnc, kMac, ssc);
            try {
                byte[] plain = sm.unwrap(mutated);
                assertThat(Arrays.copyOf(plain, plain.length - 2)).isEqualTo(data);
            } catch (SecureMessagingException expected) {
                // refused, reported as such
            }
        }
    }

    /** A chip's protected answer to {@code data}, with the counter one step on from {@code ssc}. */
    private static byte[] protect(byte[] kEnc, byte[] kMac, byte[] ssc, byte[] data) {
        byte[] objects = data.length == 0 ? new byte[0]
                : Tlv.encode(0x87, concat(new byte[] {1}, TripleDes.encrypt(kEnc, TripleDes.pad(data))));
        objects = concat(objects, Tlv.encode(0x99, new byte[] {(byte) 0x90, 0}));
        byte[] next = ssc.clone();
        next[7]++;
        byte[] mac = TripleDes.mac(kMac, concat(next, objects));
        return concat(concat(objects, Tlv.encode(0x8E, mac)), new byte[] {(byte) 0x90, 0});
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
