package org.kiosk.sim;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;

/** One direction of a test cable: what is written to {@link #output()} is read from {@link #input()}. */
public final class BytePipe {

    private final Object lock = new Object();
    private byte[] buffer = new byte[4096];
    private int size;
    private boolean closed;

    public InputStream input() {
        return new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                synchronized (lock) {
                    while (size == 0 && !closed) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return -1;
                        }
                    }
                    if (size == 0) {
                        return -1;
                    }
                    int n = Math.min(len, size);
                    take(b, off, n);
                    return n;
                }
            }

            @Override
            public void close() {
                BytePipe.this.close();
            }
        };
    }

    public OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (lock) {
                    if (size + len > buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + len));
                    }
                    System.arraycopy(b, off, buffer, size, len);
                    size += len;
                    lock.notifyAll();
                }
            }

            @Override
            public void close() {
                BytePipe.this.close();
            }
        };
    }

    /** Exactly {@code n} bytes, waiting up to {@code timeout} for them; fails the test when they do not come. */
    public byte[] read(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (size < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + n + " bytes within " + timeout + ", got " + size);
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            byte[] out = new byte[n];
            take(out, 0, n);
            return out;
        }
    }

    public int available() {
        synchronized (lock) {
            return size;
        }
    }

    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    private void take(byte[] b, int off, int n) {
        System.arraycopy(buffer, 0, b, off, n);
        System.arraycopy(buffer, n, buffer, 0, size - n);
        size -= n;
    }
}
