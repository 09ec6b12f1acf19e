package org.kiosk.device.passport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import org.kiosk.device.Device;
import org.kiosk.device.DeviceErrorCode;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.StatusListener;
import org.kiosk.device.StatusPublisher;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzParser;
import org.kiosk.device.passport.lds.DataGroups;
import org.kiosk.device.passport.lds.FaceImage;
import org.kiosk.device.passport.lds.LdsFormatException;
import org.kiosk.device.passport.lds.SecurityObject;
import org.kiosk.device.passport.pa.CscaTrustStore;
import org.kiosk.device.passport.pa.PassiveAuthentication;
import org.kiosk.device.passport.pa.PassiveAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A passport (eMRTD) reader behind PC/SC. When started, it watches the readers: the first whose name matches the
 * configured pattern is used; its attaching and going, and a chip entering and leaving its field, are published as
 * status changes ({@link PassportDetail}). Watching blocks in {@code waitForChange} for at most one poll interval at a
 * time and sleeps while no reader or no pcscd is there, so it neither spins nor hangs; a pcscd restart renews the
 * PC/SC context ({@link Pcsc}).
 *
 * <p>{@link #read} reads the chip with the MRZ's access key. javax.smartcardio shares one PC/SC context in the
 * process; so that a read never overlaps a pending wait on it, reads while watching run on the watching thread
 * between two waits; without {@link #start()} (one-shot tools) they run on the caller's thread.
 */
public final class PassportReader implements Device {

    /**
     * @param readerName   a pattern found in the PC/SC reader's name ({@link Pattern#find}); the first match is used
     * @param pollInterval the longest single wait for a reader or chip change
     * @param trustStore   the CSCA certificates passive authentication trusts
     */
    public record Options(Pattern readerName, Duration pollInterval, CscaTrustStore trustStore) {

        public Options {
            Objects.requireNonNull(readerName);
            Objects.requireNonNull(trustStore);
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive");
            }
        }
    }

    /**
     * What the reads so far spent waiting on PC/SC (connect, every transmit, disconnect): the chip's, the reader's and
     * pcscd's share of the read time, the rest being the kiosk's own work. For benchmarks and metrics.
     *
     * @param apdus   command APDUs exchanged
     * @param waiting time spent inside PC/SC calls
     */
    public record ExchangeTime(long apdus, Duration waiting) {
    }

    private static final Logger log = LoggerFactory.getLogger(PassportReader.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    /** How long after a failed exchange a chip that was taken away has surely left pcscd's view. */
    private static final Duration REMOVAL_NOTICE = Duration.ofSeconds(1);

    private final String id;
    private final Options options;
    private final Clock clock;
    private final StatusPublisher publisher;
    private final PassiveAuthenticator authenticator;
    private final SecureRandom random = new SecureRandom();
    private final BlockingQueue<Runnable> reads = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final LongAdder pcscNanos = new LongAdder();
    private final LongAdder apdusSent = new LongAdder();
    private volatile Thread watcher;
    private volatile boolean closed;

    public PassportReader(String id, Options options, Clock clock) {
        this.id = Objects.requireNonNull(id);
        this.options = options;
        this.clock = clock;
        this.publisher = new StatusPublisher(id, DeviceKind.PASSPORT_READER, DeviceStatus.noDevice(), clock);
        this.authenticator = new PassiveAuthenticator(options.trustStore(), clock);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.PASSPORT_READER;
    }

    @Override
    public DeviceIdentity identity() {
        String reader = status().detail() instanceof PassportDetail d && !d.reader().isEmpty() ? d.reader() : "pattern " + options.readerName();
        return DeviceIdentity.of("PC/SC eMRTD reader", "pcsc:" + reader);
    }

    @Override
    public Options capabilities() {
        return options;
    }

    @Override
    public DeviceStatus status() {
        return publisher.current();
    }

    @Override
    public AutoCloseable addStatusListener(StatusListener listener) {
        return publisher.add(listener);
    }

    @Override
    public synchronized void start() {
        if (watcher != null || closed) {
            return;
        }
        watcher = Thread.ofPlatform().daemon().name("passport-" + id).start(this::watch);
    }

    @Override
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        if (watcher == null) {
            try {
                return findReader().isPresent();
            } catch (DeviceException e) {
                return false;
            }
        }
        return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until a chip is in the reader's field, for one-shot tools that ask the citizen to lay the passport on.
     * Not for use while watching: the watcher publishes the chip's arrival instead.
     *
     * @return whether a chip came in time
     * @throws DeviceException when no reader matches or PC/SC is not available
     */
    public boolean awaitChip(Duration timeout) throws DeviceException {
        CardTerminal terminal = findReader().orElseThrow(() -> new DeviceException(id, PassportError.NO_READER, null));
        try {
            return terminal.waitForCardPresent(Math.max(1, timeout.toMillis()));
        } catch (CardException e) {
            throw new DeviceException(id, PassportError.PCSC_UNAVAILABLE, Pcsc.code(e).orElse("wait failed"), e);
        }
    }

    /**
     * Reads the chip in the reader: BAC with {@code key}, EF.COM, DG1, DG2 when present, EF.SOD, then passive
     * authentication.
     *
     * @throws DeviceException with a {@link PassportError}: no reader or chip, access refused (wrong MRZ), chip
     *                         removed during the read, unexpected status words, malformed files
     */
    public PassportRead read(AccessKey key) throws DeviceException, InterruptedException {
        Thread w = watcher;
        if (w == null || Thread.currentThread() == w) {
            return readNow(key);
        }
        CompletableFuture<PassportRead> result = new CompletableFuture<>();
        reads.add(() -> {
            try {
                result.complete(readNow(key));
            } catch (DeviceException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DeviceException d) {
                throw d;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("read failed", e.getCause());
        } catch (TimeoutException e) {
            throw new DeviceException(id, PassportError.PCSC_UNAVAILABLE, "no answer within " + READ_TIMEOUT.toSeconds() + " s");
        }
    }

    private PassportRead readNow(AccessKey key) throws DeviceException {
        CardTerminal terminal = findReader().orElseThrow(() -> new DeviceException(id, PassportError.NO_READER, null));
        Card card;
        long connecting = System.nanoTime();
        try {
            card = terminal.connect("*");
        } catch (CardException e) {
            throw failure(terminal, e, true);
        } finally {
            pcscNanos.add(System.nanoTime() - connecting);
        }
        DeviceStatus before = publisher.current();
        if (before.state() == DeviceState.ONLINE) {
            publisher.publish(DeviceStatus.of(DeviceState.BUSY, before.detail()));
        }
        try (ChipSession chip = new ChipSession(id, this::timed, command -> transmit(card, command))) {
            return readChip(chip, key);
        } catch (ChipSession.ChipIoException e) {
            throw failure(terminal, e, false);
        } finally {
            long disconnecting = System.nanoTime();
            try {
                card.disconnect(true);
            } catch (CardException | IllegalStateException e) {
                // the chip already went with the passport taken off the reader
            }
            pcscNanos.add(System.nanoTime() - disconnecting);
            if (before.state() == DeviceState.ONLINE && publisher.current().state() == DeviceState.BUSY) {
                publisher.publish(before);
            }
        }
    }

    private PassportRead readChip(ChipSession chip, AccessKey key) throws DeviceException, ChipSession.ChipIoException {
        chip.selectApplication();
        chip.authenticate(key, random);
        byte[] comFile = require(chip.readFile("EF.COM", 0x011E), "EF.COM");
        byte[] dg1 = require(chip.readFile("DG1", 0x0101), "DG1");
        byte[] dg2 = null;
        byte[] sodFile = null;
        FaceImage face = null;
        try {
            DataGroups.Com com = DataGroups.parseCom(comFile);
            if (com.dataGroups().contains(2)) {
                dg2 = require(chip.readFile("DG2", 0x0102), "DG2");
            }
            sodFile = require(chip.readFile("EF.SOD", 0x011D), "EF.SOD");
            MrzData mrz = MrzParser.parse(DataGroups.mrzLines(dg1));
            face = dg2 == null ? null : DataGroups.faceImage(dg2);
            Map<Integer, byte[]> groups = new LinkedHashMap<>();
            groups.put(1, dg1);
            if (dg2 != null) {
                groups.put(2, dg2);
            }
            PassiveAuthentication pa = authenticator.verify(SecurityObject.parse(sodFile), groups);
            log.info("passport reader {}: chip read, passive authentication {}", id, pa.describe());
            return new PassportRead(com, mrz, Optional.ofNullable(face), pa);
        } catch (LdsFormatException e) {
            wipe(face);
            throw new DeviceException(id, PassportError.DATA_MALFORMED, e.getMessage());
        } catch (MrzException e) {
            wipe(face);
            throw new DeviceException(id, PassportError.DATA_MALFORMED, "DG1 MRZ: " + e.reason());
        } finally {
            for (byte[] file : new byte[][] {comFile, dg1, dg2, sodFile}) {
                if (file != null) {
                    Arrays.fill(file, (byte) 0);
                }
            }
        }
    }

    private static void wipe(FaceImage face) {
        if (face != null) {
            face.wipe();
        }
    }

    private byte[] require(byte[] file, String name) throws DeviceException {
        if (file == null) {
            throw new DeviceException(id, PassportError.DATA_MALFORMED, "the chip has no " + name);
        }
        return file;
    }

    /** What reads have spent waiting on PC/SC since this reader was made. */
    public ExchangeTime exchangeTime() {
        return new ExchangeTime(apdusSent.sum(), Duration.ofNanos(pcscNanos.sum()));
    }

    private void timed(long nanos) {
        pcscNanos.add(nanos);
        apdusSent.increment();
    }

    private static byte[] transmit(Card card, byte[] command) throws ChipSession.ChipIoException {
        try {
            return card.getBasicChannel().transmit(new CommandAPDU(command)).getBytes();
        } catch (CardException | IllegalStateException | IllegalArgumentException e) {
            // IllegalArgumentException: the JDK's answer to an empty response, which a reader gives when the chip left
            throw new ChipSession.ChipIoException("transmit failed", e);
        }
    }

    /**
     * What a failed link to the chip means: no chip when connecting found none, removed when the chip leaves the field
     * right after the failure (pcscd notices a removal at its next presence poll), otherwise a chip that stopped
     * answering properly.
     */
    private DeviceException failure(CardTerminal terminal, Exception e, boolean connecting) {
        String code = Pcsc.code(e).orElse(e.getClass().getSimpleName());
        boolean gone = code.equals("SCARD_W_REMOVED_CARD") || code.equals("SCARD_E_NO_SMARTCARD") || chipLeaves(terminal);
        PassportError error = connecting ? (gone ? PassportError.NO_CHIP : PassportError.CHIP_ERROR)
                : (gone ? PassportError.CHIP_REMOVED : PassportError.CHIP_ERROR);
        return new DeviceException(id, error, code, e);
    }

    private static boolean chipLeaves(CardTerminal terminal) {
        try {
            return terminal.waitForCardAbsent(REMOVAL_NOTICE.toMillis());
        } catch (CardException | RuntimeException e) {
            return true;
        }
    }

    private Optional<CardTerminal> findReader() throws DeviceException {
        try {
            return matching(Pcsc.terminals().list());
        } catch (Pcsc.PcscUnavailableException e) {
            throw new DeviceException(id, e.error(), e.getMessage());
        } catch (CardException e) {
            if (Pcsc.code(e).filter("SCARD_E_NO_READERS_AVAILABLE"::equals).isPresent()) {
                return Optional.empty();
            }
            if (Pcsc.serviceLost(e)) {
                Pcsc.reset();
            }
            throw new DeviceException(id, PassportError.PCSC_UNAVAILABLE, Pcsc.code(e).orElse("list failed"), e);
        }
    }

    private Optional<CardTerminal> matching(List<CardTerminal> terminals) {
        return terminals.stream().filter(t -> options.readerName().matcher(t.getName()).find()).findFirst();
    }

    private void watch() {
        long pollMillis = options.pollInterval().toMillis();
        while (!closed) {
            try {
                runPendingReads();
                CardTerminals terminals = Pcsc.terminals();
                Optional<CardTerminal> reader = matching(terminals.list());
                if (reader.isEmpty()) {
                    lost(PassportError.NO_READER);
                    pause(pollMillis);
                    continue;
                }
                boolean present = reader.get().isCardPresent();
                DeviceStatus next = DeviceStatus.of(DeviceState.ONLINE,
                        new PassportDetail(reader.get().getName(), present ? ChipPresence.PRESENT : ChipPresence.ABSENT));
                publisher.publish(next);
                connected.countDown();
                if (reads.isEmpty()) {
                    terminals.waitForChange(pollMillis);
                }
            } catch (Pcsc.PcscUnavailableException e) {
                lost(e.error());
                pause(pollMillis);
            } catch (CardException | IllegalStateException e) {
                // IllegalStateException: waitForChange found no reader between list() and its own listing
                String code = Pcsc.code(e).orElse("");
                if (code.equals("SCARD_E_NO_READERS_AVAILABLE") || e instanceof IllegalStateException) {
                    lost(PassportError.NO_READER);
                } else {
                    if (Pcsc.serviceLost(e)) {
                        Pcsc.reset();
                    }
                    lost(PassportError.PCSC_UNAVAILABLE);
                }
                pause(pollMillis);
            } catch (RuntimeException e) {
                log.warn("passport reader {}: watching failed: {}", id, e.getClass().getSimpleName());
                pause(pollMillis);
            }
        }
    }

    private void runPendingReads() {
        for (Runnable read = reads.poll(); read != null; read = reads.poll()) {
            read.run();
        }
    }

    private void lost(DeviceErrorCode error) {
        publisher.publish(DeviceStatus.failed(DeviceState.NO_DEVICE, PassportDetail.UNKNOWN, error));
    }

    /** Sleeps, but wakes for a read request so that it is served while no reader is there (and fails fast). */
    private void pause(long millis) {
        try {
            Runnable read = reads.poll(millis, TimeUnit.MILLISECONDS);
            if (read != null) {
                read.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread w = watcher;
        if (w != null) {
            w.interrupt();
            try {
                w.join(options.pollInterval().toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Runnable read = reads.poll(); read != null; read = reads.poll()) {
            read.run();
        }
    }
}
