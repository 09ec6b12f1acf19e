package org.kiosk.sim.passport;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A passport chip's command processing (ICAO Doc 9303 parts 10 and 11), written from the notes: SELECT of the eMRTD
 * application, GET CHALLENGE and MUTUAL AUTHENTICATE of Basic Access Control with keys from its own MRZ, then SELECT
 * and READ BINARY of its files under secure messaging only. A MUTUAL AUTHENTICATE whose MAC does not verify (a wrong
 * MRZ on the terminal's side) answers {@code 6300}; a protected command that does not verify ends the session with
 * {@code 6988}, as real chips do.
 */
public final class EmrtdChip {

    private static final byte[] AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};
    private static final byte[] OK = {(byte) 0x90, 0x00};

    private final PassportFiles files;
    private final byte[] kEnc;
    private final byte[] kMac;
    private final SecureRandom random = new SecureRandom();

    private final Map<Integer, Integer> forcedStatus = new ConcurrentHashMap<>();
    private boolean applicationSelected;
    private byte[] rndIc;
    private byte[] ksEnc;
    private byte[] ksMac;
    private byte[] ssc;
    private byte[] selected;

    public EmrtdChip(PassportFiles files, List<String> mrz) {
        this.files = files;
        byte[] seed = ChipCrypto.seed(mrzInformation(mrz));
        this.kEnc = ChipCrypto.key(seed, 1);
        this.kMac = ChipCrypto.key(seed, 2);
    }

    /** Document number, birth date and expiry with their check digits, where TD1 and TD3 put them. */
    static String mrzInformation(List<String> mrz) {
        if (mrz.size() == 3) {
            return mrz.get(0).substring(5, 15) + mrz.get(1).substring(0, 7) + mrz.get(1).substring(8, 15);
        }
        String line = mrz.get(1);
        return line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 28);
    }

    /**
     * A fault: from now on, every command with instruction {@code ins} (e.g. {@code 0xB0} READ BINARY) is answered
     * with status word {@code sw} alone (protected when secure messaging is on), as a damaged or odd chip might.
     */
    public EmrtdChip answering(int ins, int sw) {
        forcedStatus.put(ins, sw);
        return this;
    }

    /** Back to the state after power-on: no application selected, no session. */
    public void reset() {
        applicationSelected = false;
        rndIc = null;
        endSession();
    }

    /** Answers one command APDU. */
    public byte[] process(byte[] apdu) {
        if (apdu.length < 4) {
            return sw(0x6700);
        }
        Integer forced = forcedStatus.get(apdu[1] & 0xFF);
        if (forced != null && (apdu[0] & 0x0C) != 0x0C) {
            return sw(forced);
        }
        if ((apdu[0] & 0x0C) == 0x0C) {
            return secured(apdu);
        }
        if (ksEnc != null) {
            // a plain command ends secure messaging
            endSession();
            return sw(0x6987);
        }
        int ins = apdu[1] & 0xFF;
        return switch (ins) {
            case 0xA4 -> selectApplication(apdu);
            case 0x84 -> getChallenge(apdu);
            case 0x82 -> mutualAuthenticate(apdu);
            case 0xB0 -> sw(0x6982);
            default -> sw(0x6D00);
        };
    }

    private byte[] selectApplication(byte[] apdu) {
        if ((apdu[2] & 0xFF) == 0x04 && apdu.length >= 5 + AID.length && (apdu[4] & 0xFF) == AID.length
                && Arrays.equals(apdu, 5, 5 + AID.length, AID, 0, AID.length)) {
            applicationSelected = true;
            return OK.clone();
        }
        return sw(0x6A82);
    }

    private byte[] getChallenge(byte[] apdu) {
        if (!applicationSelected || apdu.length != 5 || apdu[4] != 0x08) {
            return sw(0x6985);
        }
        rndIc = new byte[8];
        random.nextBytes(rndIc);
        return ChipCrypto.concat(rndIc, OK);
    }

    private byte[] mutualAuthenticate(byte[] apdu) {
        if (rndIc == null) {
            return sw(0x6985);
        }
        if (apdu.length < 5 + 40 || (apdu[4] & 0xFF) != 40) {
            return sw(0x6700);
        }
        byte[] e = Arrays.copyOfRange(apdu, 5, 37);
        byte[] m = Arrays.copyOfRange(apdu, 37, 45);
        byte[] challenge = rndIc;
        rndIc = null;
        if (!ChipCrypto.macMatches(kMac, e, m)) {
            return sw(0x6300);
        }
        byte[] s = ChipCrypto.decrypt(kEnc, e);
        byte[] rndIfd = Arrays.copyOfRange(s, 0, 8);
        if (!Arrays.equals(Arrays.copyOfRange(s, 8, 16), challenge)) {
            return sw(0x6300);
        }
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = new byte[16];
        random.nextBytes(kIc);
        byte[] r = ChipCrypto.encrypt(kEnc, ChipCrypto.concat(challenge, rndIfd, kIc));
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        ksEnc = ChipCrypto.key(seed, 1);
        ksMac = ChipCrypto.key(seed, 2);
        ssc = ChipCrypto.concat(Arrays.copyOfRange(challenge, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        return ChipCrypto.concat(r, ChipCrypto.mac(kMac, r), OK);
    }

    /** A command under secure messaging: check its MAC, open it, run it, protect the answer. */
    private byte[] secured(byte[] apdu) {
        if (ksEnc == null) {
            return sw(0x6982);
        }
        int lc = apdu.length > 5 ? apdu[4] & 0xFF : 0;
        if (apdu.length < 5 + lc) {
            endSession();
            return sw(0x6988);
        }
        byte[] body = Arrays.copyOfRange(apdu, 5, 5 + lc);
        byte[] do87 = null;
        byte[] do97 = null;
        byte[] mac = null;
        int macAt = -1;
        for (int at = 0; at < body.length; ) {
            if (at + 2 > body.length) {
                endSession();
                return sw(0x6988);
            }
            int tag = body[at] & 0xFF;
            int len = body[at + 1] & 0xFF;
            int start = at + 2;
            if (len == 0x81 && at + 3 <= body.length) {
                len = body[at + 2] & 0xFF;
                start = at + 3;
            }
            if (start + len > body.length) {
                endSession();
                return sw(0x6988);
            }
            byte[] value = Arrays.copyOfRange(body, start, start + len);
            switch (tag) {
                case 0x87 -> do87 = value;
                case 0x97 -> do97 = value;
                case 0x8E -> {
                    mac = value;
                    macAt = at;
                }
                default -> {
                    endSession();
                    return sw(0x6988);
                }
            }
            at = start + len;
        }
        if (mac == null) {
            endSession();
            return sw(0x6987);
        }
        increment();
        byte[] header = ChipCrypto.pad(Arrays.copyOf(apdu, 4));
        byte[] macInput = ChipCrypto.concat(ssc, header, Arrays.copyOf(body, macAt));
        if (!ChipCrypto.macMatches(ksMac, macInput, mac)) {
            endSession();
            return sw(0x6988);
        }
        byte[] data = new byte[0];
        if (do87 != null) {
            byte[] plain = do87.length > 1 && (do87.length - 1) % 8 == 0
                    ? ChipCrypto.unpad(ChipCrypto.decrypt(ksEnc, Arrays.copyOfRange(do87, 1, do87.length))) : null;
            if (do87[0] != 0x01 || plain == null) {
                endSession();
                return sw(0x6988);
            }
            data = plain;
        }
        int le = do97 == null ? -1 : do97.length == 1 ? (do97[0] & 0xFF) == 0 ? 256 : do97[0] & 0xFF : -1;
        Integer forced = forcedStatus.get(apdu[1] & 0xFF);
        byte[] answer = forced != null ? sw(forced) : run(apdu[1] & 0xFF, apdu[2] & 0xFF, apdu[3] & 0xFF, data, le);
        return protect(answer);
    }

    private byte[] run(int ins, int p1, int p2, byte[] data, int le) {
        return switch (ins) {
            case 0xA4 -> {
                if (p1 != 0x02 || data.length != 2) {
                    yield sw(0x6A86);
                }
                int fid = (data[0] & 0xFF) << 8 | (data[1] & 0xFF);
                byte[] file = files.files().get(fid);
                if (file == null) {
                    yield sw(0x6A82);
                }
                selected = file;
                yield OK.clone();
            }
            case 0xB0 -> {
                if (selected == null) {
                    yield sw(0x6986);
                }
                if ((p1 & 0x80) != 0) {
                    yield sw(0x6A81);
                }
                int offset = p1 << 8 | p2;
                if (offset > selected.length || le < 0) {
                    yield sw(0x6B00);
                }
                int n = Math.min(le, selected.length - offset);
                byte[] part = Arrays.copyOfRange(selected, offset, offset + n);
                yield ChipCrypto.concat(part, n < le ? new byte[] {0x62, (byte) 0x82} : OK);
            }
            default -> sw(0x6D00);
        };
    }

    /** Wraps a plain answer: DO'87' with the encrypted data (if any), DO'99' with the status, DO'8E' with the MAC. */
    private byte[] protect(byte[] plain) {
        byte[] data = Arrays.copyOf(plain, plain.length - 2);
        byte[] status = Arrays.copyOfRange(plain, plain.length - 2, plain.length);
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        if (data.length > 0) {
            objects.writeBytes(PassportFiles.tlv(0x87, ChipCrypto.concat(new byte[] {0x01}, ChipCrypto.encrypt(ksEnc, ChipCrypto.pad(data)))));
        }
        objects.writeBytes(PassportFiles.tlv(0x99, status));
        increment();
        byte[] mac = ChipCrypto.mac(ksMac, ChipCrypto.concat(ssc, objects.toByteArray()));
        objects.writeBytes(PassportFiles.tlv(0x8E, mac));
        objects.writeBytes(status);
        return objects.toByteArray();
    }

    private void increment() {
        for (int i = 7; i >= 0; i--) {
            if (++ssc[i] != 0) {
                break;
            }
        }
    }

    private void endSession() {
        ksEnc = null;
        ksMac = null;
        ssc = null;
        selected = null;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
