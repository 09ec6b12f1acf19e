package org.kiosk.device.passport.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The terminal's side of Basic Access Control's mutual authentication (ICAO Doc 9303 part 11 §4.3): from the chip's
 * challenge it builds the MUTUAL AUTHENTICATE data (E_IFD ‖ M_IFD), then checks the chip's answer and derives the
 * secure-messaging session from K.IFD ⊕ K.IC. Holds key material: {@link #wipe()} once done.
 */
public final class BacHandshake {

    private final byte[] kEnc;
    private final byte[] kMac;
    private final byte[] rndIc;
    private final byte[] rndIfd;
    private final byte[] kIfd;

    /** With fresh random RND.IFD and K.IFD. */
    public BacHandshake(byte[] kEnc, byte[] kMac, byte[] rndIc, SecureRandom random) {
        this(kEnc, kMac, rndIc, randomBytes(random, 8), randomBytes(random, 16));
    }

    /** With given RND.IFD and K.IFD, as in the ICAO worked example. */
    public BacHandshake(byte[] kEnc, byte[] kMac, byte[] rndIc, byte[] rndIfd, byte[] kIfd) {
        if (rndIc.length != 8 || rndIfd.length != 8 || kIfd.length != 16) {
            throw new IllegalArgumentException("BAC needs an 8-byte RND.IC and RND.IFD and a 16-byte K.IFD");
        }
        this.kEnc = kEnc.clone();
        this.kMac = kMac.clone();
        this.rndIc = rndIc.clone();
        this.rndIfd = rndIfd.clone();
        this.kIfd = kIfd.clone();
    }

    /** E_IFD ‖ M_IFD: the 40 data bytes of MUTUAL AUTHENTICATE. */
    public byte[] commandData() {
        byte[] s = concat(rndIfd, rndIc, kIfd);
        byte[] e = TripleDes.encrypt(kEnc, s);
        Arrays.fill(s, (byte) 0);
        return concat(e, TripleDes.mac(kMac, e));
    }

    /**
     * Checks the chip's 40-byte answer (E_IC ‖ M_IC) and opens secure messaging.
     *
     * @throws SecureMessagingException when the MAC is wrong or the chip did not echo our challenge and its own
     */
    public SecureMessaging finish(byte[] answer) throws SecureMessagingException {
        if (answer.length != 40) {
            throw new SecureMessagingException("MUTUAL AUTHENTICATE answered " + answer.length + " bytes, not 40");
        }
        byte[] e = Arrays.copyOf(answer, 32);
        byte[] m = Arrays.copyOfRange(answer, 32, 40);
        if (!MessageDigest.isEqual(TripleDes.mac(kMac, e), m)) {
            throw new SecureMessagingException("wrong MAC on the chip's authentication answer");
        }
        byte[] r = TripleDes.decrypt(kEnc, e);
        try {
            if (!MessageDigest.isEqual(Arrays.copyOf(r, 8), rndIc) || !MessageDigest.isEqual(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
                throw new SecureMessagingException("the chip's authentication answer does not echo the challenges");
            }
            byte[] seed = new byte[16];
            for (int i = 0; i < 16; i++) {
                seed[i] = (byte) (kIfd[i] ^ r[16 + i]);
            }
            byte[] ksEnc = KeyDerivation.derive(seed, KeyDerivation.ENC);
            byte[] ksMac = KeyDerivation.derive(seed, KeyDerivation.MAC);
            byte[] ssc = concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
            SecureMessaging session = new SecureMessaging(ksEnc, ksMac, ssc);
            Arrays.fill(seed, (byte) 0);
            Arrays.fill(ksEnc, (byte) 0);
            Arrays.fill(ksMac, (byte) 0);
            return session;
        } finally {
            Arrays.fill(r, (byte) 0);
        }
    }

    public void wipe() {
        Arrays.fill(kEnc, (byte) 0);
        Arrays.fill(kMac, (byte) 0);
        Arrays.fill(rndIfd, (byte) 0);
        Arrays.fill(kIfd, (byte) 0);
    }

    private static byte[] randomBytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
