package org.kiosk.platform.code;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;

/** The NIST P-256 curve (secp256r1) that ES256 signs on, and the checks a public key from outside must pass. */
final class P256 {

    static final int COORDINATE_BYTES = 32;
    static final ECParameterSpec PARAMS = parameters();
    private static final BigInteger FIELD = ((ECFieldFp) PARAMS.getCurve().getField()).getP();

    private P256() {
    }

    private static ECParameterSpec parameters() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no P-256 curve", e);
        }
    }

    static boolean isP256(ECParameterSpec params) {
        return params.getCurve().equals(PARAMS.getCurve())
                && params.getGenerator().equals(PARAMS.getGenerator())
                && params.getOrder().equals(PARAMS.getOrder());
    }

    /**
     * A public key from its affine coordinates, refused unless the point lies on the curve: a point off the curve is
     * either corruption or an invalid-curve attack, and the JDK's key factory does not check.
     */
    static ECPublicKey publicKey(BigInteger x, BigInteger y) throws KeySetException {
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(FIELD) >= 0 || y.compareTo(FIELD) >= 0) {
            throw new KeySetException("a coordinate is outside the P-256 field");
        }
        BigInteger a = PARAMS.getCurve().getA();
        BigInteger b = PARAMS.getCurve().getB();
        BigInteger left = y.multiply(y).mod(FIELD);
        BigInteger right = x.pow(3).add(a.multiply(x)).add(b).mod(FIELD);
        if (!left.equals(right)) {
            throw new KeySetException("the point is not on the P-256 curve");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), PARAMS));
        } catch (GeneralSecurityException e) {
            throw new KeySetException("the JDK refused the point as a P-256 public key", e);
        }
    }

    /** A field element as exactly 32 big-endian bytes, as RFC 7518 §6.2.1.2 requires for {@code x} and {@code y}. */
    static byte[] coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[COORDINATE_BYTES];
        int copy = Math.min(raw.length, COORDINATE_BYTES);
        System.arraycopy(raw, raw.length - copy, fixed, COORDINATE_BYTES - copy, copy);
        return fixed;
    }
}
