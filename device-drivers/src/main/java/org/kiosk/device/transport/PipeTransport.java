package org.kiosk.device.transport;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-memory cable for unit tests: two ends, each a {@link Transport}; what one writes the other reads.
 * {@link Cable#unplug()} breaks both ends as a pulled cable would, {@link Cable#plugIn()} mends it.
 */
public final class PipeTransport implements Transport {

    /** The two ends of one in-memory cable. */
    public static final class Cable {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Buffer toDevice = new Buffer();
        private final Buffer toHost = new Buffer();
        private final PipeTransport host = new PipeTransport(this, "pipe:host", toHost, toDevice);
        private final PipeTransport device = new PipeTransport(this, "pipe:device", toDevice, toHost);
        private boolean pluggedIn = true;
        private int generation;

        /** The kiosk's end (the driver's transport). */
        public PipeTransport host() {
            return host;
        }

        /** The device's end (the emulator's transport). */
        public PipeTransport device() {
            return device;
        }

        /** Breaks the cable: pending data is lost and both ends fail until reopened after {@link #plugIn()}. */
        public void unplug() {
            lock.lock();
            try {
                pluggedIn = false;
                generation++;
                toDevice.clear();
                toHost.clear();
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        public void plugIn() {
            lock.lock();
            try {
                pluggedIn = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** A growable FIFO of bytes guarded by the cable's lock. */
    private static final class Buffer {
        private byte[] data = new byte[256];
        private int start;
        private int end;

        int size() {
            return end - start;
        }

        void clear() {
            start = 0;
            end = 0;
        }

        void put(byte[] src, int off, int len) {
            if (end + len > data.length) {
                int size = size();
                byte[] grown = size + len > data.length ? new byte[Math.max(data.length * 2, size + len)] : data;
                System.arraycopy(data, start, grown, 0, size);
                data = grown;
                start = 0;
                end = size;
            }
            System.arraycopy(src, off, data, end, len);
            end += len;
        }

        int take(byte[] dst, int off, int len) {
            int n = Math.min(len, size());
            System.arraycopy(data, start, dst, off, n);
            start += n;
            return n;
        }
    }

    private final Cable cable;
    private final String endpoint;
    private final Buffer in;
    private final Buffer out;
    private boolean open;
    private int openedGeneration;

    private PipeTransport(Cable cable, String endpoint, Buffer in, Buffer out) {
        this.cable = cable;
        this.endpoint = endpoint;
        this.in = in;
        this.out = out;
    }

    public static Cable cable() {
        return new Cable();
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public void open() throws TransportException {
        cable.lock.lock();
        try {
            if (!cable.pluggedIn) {
                throw new TransportException(endpoint + ": no device (cable unplugged)");
            }
            open = true;
            openedGeneration = cable.generation;
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        cable.lock.lock();
        try {
            return open && cable.pluggedIn && openedGeneration == cable.generation;
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        cable.lock.lock();
        try {
            checkUsable();
            out.put(data, offset, length);
            cable.changed.signalAll();
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws TransportException {
        long nanos = timeout.toNanos();
        cable.lock.lock();
        try {
            while (true) {
                checkUsable();
                if (in.size() > 0) {
                    return in.take(buffer, offset, length);
                }
                if (nanos <= 0) {
                    throw new TransportTimeoutException(endpoint + ": no answer within " + timeout.toMillis() + " ms");
                }
                nanos = cable.changed.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(endpoint + ": interrupted while reading", e);
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public void discardInput() throws TransportException {
        cable.lock.lock();
        try {
            checkUsable();
            in.clear();
        } finally {
            cable.lock.unlock();
        }
    }

    /** Bytes written by the other end and not yet read. */
    public int available() {
        cable.lock.lock();
        try {
            return in.size();
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public void close() {
        cable.lock.lock();
        try {
            open = false;
            cable.changed.signalAll();
        } finally {
            cable.lock.unlock();
        }
    }

    private void checkUsable() throws TransportException {
        if (!open) {
            throw new TransportException(endpoint + ": not open");
        }
        if (!cable.pluggedIn || openedGeneration != cable.generation) {
            throw new TransportException(endpoint + ": device gone (cable unplugged)");
        }
    }

    /** Waits up to {@code timeout} for the other end to have written at least {@code count} bytes unread here. */
    public boolean awaitAvailable(int count, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        cable.lock.lock();
        try {
            while (in.size() < count) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = cable.changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            cable.lock.unlock();
        }
    }

}
