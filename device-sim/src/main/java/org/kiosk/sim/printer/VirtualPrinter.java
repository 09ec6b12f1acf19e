package org.kiosk.sim.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The printer mechanism without a cable: interprets bytes, answers real-time status requests from the scripted
 * {@link PrinterSimState}, lays out the receipt and renders it to {@code receipt-NNNN.png} at each cut.
 * {@link PrinterEmulator} connects it to a serial port or TCP socket; tests and the demo can also feed it directly.
 *
 * <p>Thread-safe: one thread feeds it while others script the state and read results.
 */
public final class VirtualPrinter {

    /** Where status answers go: the cable back to the host. */
    @FunctionalInterface
    public interface ReplyChannel {
        /** Sends bytes to the host; a failure to send is the link's concern, not the printer's. */
        void send(byte[] bytes);
    }

    private static final System.Logger LOG = System.getLogger(VirtualPrinter.class.getName());
    private static final Pattern RECEIPT_FILE = Pattern.compile("receipt-(\\d+)\\.png");

    private final EscPosInterpreter interpreter;
    private final ReceiptLayout layout = new ReceiptLayout(EscPosInterpreter.DEFAULT_PRINTABLE_WIDTH_DOTS);
    private final ReceiptRenderer renderer;
    private final Path outputDirectory;
    private final PaperSensorBits paperSensorBits;
    private final Consumer<RenderedReceipt> listener;
    private final List<RenderedReceipt> receipts = new CopyOnWriteArrayList<>();
    private final List<String> qrStored = new ArrayList<>();
    private final List<String> qrPrinted = new ArrayList<>();

    private volatile PrinterSimState state;
    private volatile boolean silent;
    private int nextNumber;
    private int discardedPartialJobs;
    private int automaticStatusBack = -1;
    private long bytesReceived;
    private ReplyChannel replies = bytes -> { };

    /**
     * @param listener told of each rendered receipt, on the thread that fed the cut
     * @throws IOException when the font cannot be loaded or the output directory cannot be created
     */
    public VirtualPrinter(PrinterSettings settings, Consumer<RenderedReceipt> listener) throws IOException {
        this.renderer = new ReceiptRenderer(ReceiptRenderer.loadFont(settings.fontFile()),
                EscPosInterpreter.DEFAULT_PRINTABLE_WIDTH_DOTS);
        this.outputDirectory = settings.outputDirectory();
        Files.createDirectories(outputDirectory);
        this.nextNumber = highestReceiptNumber(outputDirectory) + 1;
        this.paperSensorBits = settings.paperSensorBits();
        this.state = settings.initialState();
        this.listener = listener;
        this.interpreter = new EscPosInterpreter(new Mechanism());
    }

    /** Interprets bytes from the host; status answers are sent to {@code replyChannel} immediately. */
    public synchronized void receive(byte[] data, int from, int length, ReplyChannel replyChannel) {
        replies = replyChannel;
        bytesReceived += length;
        interpreter.feed(data, from, length);
        notifyAll();
    }

    /**
     * The link to the host was lost: the job in progress is dropped (it never reached its cut, so it is never
     * delivered as a receipt) and the interpreter starts afresh, as after a power cycle.
     */
    public synchronized void linkLost() {
        if (!layout.isEmpty()) {
            discardedPartialJobs++;
        }
        layout.discard();
        qrStored.clear();
        qrPrinted.clear();
        interpreter.reset();
        notifyAll();
    }

    public PrinterSimState state() {
        return state;
    }

    /** Changes the scripted state; takes effect for the next byte interpreted. */
    public void setState(PrinterSimState newState) {
        state = Objects.requireNonNull(newState, "state");
    }

    public boolean isSilent() {
        return silent;
    }

    /** A silent printer interprets and prints but answers no status request, like one whose output line broke. */
    public void setSilent(boolean silent) {
        this.silent = silent;
    }

    /** The receipts rendered so far, oldest first. */
    public List<RenderedReceipt> receipts() {
        return List.copyOf(receipts);
    }

    public synchronized List<ProtocolError> protocolErrors() {
        return interpreter.protocolErrors();
    }

    /** Jobs that had printed something when their link was lost before the cut. */
    public synchronized int discardedPartialJobs() {
        return discardedPartialJobs;
    }

    /** The last {@code GS a n} argument, if one was received. */
    public synchronized OptionalInt automaticStatusBack() {
        return automaticStatusBack < 0 ? OptionalInt.empty() : OptionalInt.of(automaticStatusBack);
    }

    /** Bytes received from hosts since start. */
    public synchronized long bytesReceived() {
        return bytesReceived;
    }

    /** Waits until at least {@code count} receipts have been rendered; false on timeout. */
    public synchronized boolean awaitReceipts(int count, Duration timeout) throws InterruptedException {
        return awaitCondition(() -> receipts.size() >= count, timeout);
    }

    /** Waits until at least {@code count} bytes have been received and interpreted; false on timeout. */
    public synchronized boolean awaitBytesReceived(long count, Duration timeout) throws InterruptedException {
        return awaitCondition(() -> bytesReceived >= count, timeout);
    }

    private boolean awaitCondition(BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private static int highestReceiptNumber(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> RECEIPT_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0);
        }
    }

    private void deliver(ReceiptLayout.Page page) {
        int number = nextNumber++;
        Path png = outputDirectory.resolve(String.format("receipt-%04d.png", number));
        BufferedImage image = renderer.render(page);
        try {
            Path partial = outputDirectory.resolve(png.getFileName() + ".part");
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(partial, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the printer keeps working, as one whose output tray is full would; the receipt is lost
            LOG.log(System.Logger.Level.ERROR, "cannot write receipt " + png + ": " + e.getMessage());
            qrStored.clear();
            qrPrinted.clear();
            return;
        }
        RenderedReceipt receipt = new RenderedReceipt(number, png, page.textLines(), qrStored, qrPrinted);
        qrStored.clear();
        qrPrinted.clear();
        receipts.add(receipt);
        listener.accept(receipt);
    }

    /** Applies what the interpreter understood, unless the scripted state stops printing. */
    private final class Mechanism implements EscPosHandler {

        @Override
        public void text(String text, PrintStyle style) {
            if (state.prints()) {
                layout.text(text, style);
            }
        }

        @Override
        public void lineFeed() {
            if (state.prints()) {
                layout.lineFeed();
            }
        }

        @Override
        public void initialise() {
            if (state.prints()) {
                layout.clearLineBuffer();
            }
        }

        @Override
        public void cut(CutMode mode, int feedDots) {
            if (state.prints()) {
                layout.feed(feedDots);
                deliver(layout.finish());
            }
        }

        @Override
        public void qrDataStored(byte[] data) {
            if (state.prints()) {
                qrStored.add(new String(data, StandardCharsets.UTF_8));
            }
        }

        @Override
        public void printQr(QrRequest request, Justification justification) {
            if (!state.prints()) {
                return;
            }
            Map<EncodeHintType, Object> hints = Map.of(
                    EncodeHintType.ERROR_CORRECTION, request.errorCorrection(),
                    EncodeHintType.MARGIN, 0);
            try {
                // ISO-8859-1 maps each byte to one char, so ZXing's default byte mode encodes the bytes unchanged
                BitMatrix modules = new QRCodeWriter().encode(
                        new String(request.data(), StandardCharsets.ISO_8859_1), BarcodeFormat.QR_CODE, 0, 0, hints);
                layout.graphic(Bitmap.fromQr(modules, request.moduleSize()), justification);
                qrPrinted.add(request.payloadText());
            } catch (WriterException | IllegalArgumentException e) {
                interpreter.recordError("QR data of " + request.data().length
                        + " bytes cannot be encoded at error correction level " + request.errorCorrection());
            }
        }

        @Override
        public void printRaster(RasterImage image, Justification justification) {
            if (state.prints()) {
                layout.graphic(Bitmap.fromRaster(image), justification);
            }
        }

        @Override
        public void automaticStatusBack(int n) {
            automaticStatusBack = n;
        }

        @Override
        public void realTimeStatusRequest(int n) {
            if (!silent) {
                replies.send(new byte[] {(byte) StatusAnswers.answer(n, state, paperSensorBits)});
            }
        }
    }
}
