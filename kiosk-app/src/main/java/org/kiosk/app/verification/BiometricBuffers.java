package org.kiosk.app.verification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every buffer a verification puts template bytes in, so that all of them are overwritten when it ends, however it
 * ends, and so that tests can see they were.
 */
public final class BiometricBuffers implements AutoCloseable {

    private final List<byte[]> buffers = new ArrayList<>();

    public synchronized byte[] allocate(int length) {
        byte[] b = new byte[length];
        buffers.add(b);
        return b;
    }

    /** Overwrites every buffer handed out with zeros. */
    @Override
    public synchronized void close() {
        for (byte[] b : buffers) {
            Arrays.fill(b, (byte) 0);
        }
    }

    /** Whether every buffer handed out holds only zeros. */
    public synchronized boolean allZero() {
        for (byte[] b : buffers) {
            for (byte x : b) {
                if (x != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    public synchronized int count() {
        return buffers.size();
    }
}
