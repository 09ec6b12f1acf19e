package org.kiosk.sim.passport;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;

/**
 * A passport laid on the virtual reader: connects an {@link EmrtdChip} to vpcd (pcscd's virtual reader driver) as a
 * TCP client and answers what vpcd sends (every message {@code LEN(2) ‖ payload}: 1-byte control codes 00 power off,
 * 01 power on, 02 reset, 04 get ATR; longer ones are APDUs). Closing the connection takes the passport off the
 * reader. {@link #removeAfter(int)} takes it off in the middle of a read.
 */
public final class VirtualPassport implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    /** vpcd's port for the first slot, "Virtual PCD 00 00". */
    public static final int FIRST_SLOT_PORT = 35963;

    /** ISO 7816-3 ATR: direct convention, T=1, historical bytes "KIOSKPP1", with its check byte. */
    static final byte[] ATR = atr("KIOSKPP1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private final EmrtdChip chip;
    private final AtomicInteger apdus = new AtomicInteger();
    private volatile int removeAfter = -1;
    private volatile Socket socket;
    private volatile Thread server;

    public VirtualPassport(EmrtdChip chip) {
        this.chip = chip;
    }

    /** Lays the passport on the reader of vpcd's first slot on this machine. */
    public void insert() throws IOException {
        insert(HOST, FIRST_SLOT_PORT);
    }

    public synchronized void insert(String host, int port) throws IOException {
        if (isInserted()) {
            return;
        }
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        try {
            s.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot reach vpcd at " + host + ":" + port + " (is pcscd with vsmartcard-vpcd running?): " + e.getMessage(), e);
        }
        chip.reset();
        socket = s;
        server = Thread.ofPlatform().daemon().name("virtual-passport").start(() -> serve(s));
    }

    /** Takes the passport off the reader. */
    public void remove() {
        Socket s;
        synchronized (this) {
            s = socket;
            socket = null;
        }
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all vpcd needs to see the card gone
            }
        }
        Thread t = server;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isInserted() {
        Socket s = socket;
        return s != null && !s.isClosed();
    }

    /** Takes the passport off the reader when it receives its {@code n}-th APDU from now, before answering it. */
    public void removeAfter(int n) {
        apdus.set(0);
        removeAfter = n;
    }

    /** APDUs answered since insertion or the last {@link #removeAfter}. */
    public int apduCount() {
        return apdus.get();
    }

    private void serve(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                quickAck(s);
                int length = in.readUnsignedShort();
                quickAck(s);
                byte[] message = in.readNBytes(length);
                if (message.length < length) {
                    throw new EOFException();
                }
                if (length == 1) {
                    switch (message[0]) {
                        case 0x00, 0x01, 0x02 -> chip.reset();
                        case 0x04 -> send(out, ATR);
                        default -> {
                            // unknown control codes get no answer, as in vpcd's own virtual cards
                        }
                    }
                    continue;
                }
                int limit = removeAfter;
                if (limit >= 0 && apdus.get() + 1 >= limit) {
                    removeAfter = -1;
                    return;
                }
                byte[] answer = chip.process(message);
                apdus.incrementAndGet();
                send(out, answer);
            }
        } catch (IOException e) {
            // vpcd closed the connection or the passport was removed
        } finally {
            synchronized (this) {
                if (socket == s) {
                    socket = null;
                }
            }
        }
    }

    /**
     * vpcd writes a message's length and payload separately on a socket with Nagle's algorithm on, so the payload
     * waits for our acknowledgement of the length, which Linux delays by ~40 ms: acknowledging at once (re-armed before
     * every read, as the kernel drops it) keeps an APDU round trip under a millisecond instead of ~45 ms.
     */
    private static void quickAck(Socket s) {
        try {
            s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        } catch (UnsupportedOperationException | IOException e) {
            // not Linux: exchanges are slower, not wrong
        }
    }

    private static void send(OutputStream out, byte[] payload) throws IOException {
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }

    private static byte[] atr(byte[] historical) {
        byte[] atr = new byte[4 + historical.length + 1];
        atr[0] = 0x3B;
        atr[1] = (byte) (0x80 | historical.length);
        atr[2] = (byte) 0x80;
        atr[3] = 0x01;
        System.arraycopy(historical, 0, atr, 4, historical.length);
        byte check = 0;
        for (int i = 1; i < atr.length - 1; i++) {
            check ^= atr[i];
        }
        atr[atr.length - 1] = check;
        return atr;
    }

    @Override
    public void close() {
        remove();
    }

    @Override
    public String toString() {
        return "VirtualPassport[ATR " + HexFormat.of().formatHex(ATR) + (isInserted() ? ", inserted]" : "]");
    }
}
