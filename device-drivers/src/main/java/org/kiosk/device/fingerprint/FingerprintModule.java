package org.kiosk.device.fingerprint;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.StatusDetail;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.connection.ConnectedDevice;
import org.kiosk.device.connection.DeviceConnection;
import org.kiosk.device.connection.NotConnectedException;
import org.kiosk.device.fingerprint.codec.Acknowledgement;
import org.kiosk.device.fingerprint.codec.Confirmation;
import org.kiosk.device.fingerprint.codec.Instruction;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.fingerprint.codec.PacketException;
import org.kiosk.device.fingerprint.codec.SearchResult;
import org.kiosk.device.fingerprint.codec.SystemParameters;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;

/**
 * A Synochip AS608 / R30x fingerprint module on a serial line. On each connection it verifies the module's
 * password and reads its system parameters (capacity, security level, packet size); then it offers the module's
 * operations one by one. Template bytes pass only through buffers the caller owns and wipes; the driver wipes its
 * own packet copies.
 */
public final class FingerprintModule extends ConnectedDevice {

    /**
     * @param address          the module's address (factory default {@code FFFFFFFF})
     * @param password         the module's password (factory default 0)
     * @param processingTime   how long the module may work before it answers (the wire time of the answer is added)
     * @param pollInterval     how often the module's parameters are read while idle
     * @param fingerPollInterval how often a capture asks the sensor again while no finger is on it
     */
    public record Options(int address, int password, Duration processingTime, Duration pollInterval, Backoff backoff,
                          Duration fingerPollInterval) {

        public static Options standard() {
            return new Options(Packet.DEFAULT_ADDRESS, 0, Duration.ofSeconds(1), Duration.ofSeconds(5), Backoff.standard(),
                    Duration.ofMillis(100));
        }
    }

    /**
     * The line speeds the module can be set to (N × 9600, N 1..12), the factory default 57600 first and the other
     * common ones next, so a tool trying them in order finds a module soonest.
     */
    public static final List<Integer> BAUD_RATES = List.of(57600, 115200, 9600, 19200, 38400,
            28800, 48000, 67200, 76800, 86400, 96000, 105600);

    private static final int DEFAULT_BAUD = BAUD_RATES.getFirst();

    private final Options options;
    private final int baudRate;
    private final FingerprintConversation conversation;
    /** Owned by the connection's lock. */
    private boolean passwordVerified;
    private volatile SystemParameters parameters;

    public FingerprintModule(String id, Endpoint endpoint, Options options, Clock clock) {
        super(id, DeviceKind.FINGERPRINT, DeviceIdentity.of("AS608/R30x", endpoint.describe()), endpoint,
                options.pollInterval(), options.backoff(), clock);
        this.options = options;
        this.baudRate = endpoint instanceof Endpoint.Serial s ? s.settings().baudRate() : DEFAULT_BAUD;
        this.conversation = new FingerprintConversation(id, options.address(), baudRate, options.processingTime());
    }

    /** Known once the module has been reached; until then the factory defaults. */
    @Override
    public FingerprintCapabilities capabilities() {
        SystemParameters p = parameters;
        return p == null ? new FingerprintCapabilities(0, 0, 128, baudRate)
                : new FingerprintCapabilities(p.capacity(), p.securityLevel(), p.packetSize(), p.baudRate());
    }

    @Override
    protected void poll(Transport t) throws TransportException, DeviceException {
        try {
            if (!passwordVerified) {
                expectOk(t, Instruction.verifyPassword(options.password()));
                passwordVerified = true;
            }
            parameters = read(t, Instruction.readSysPara()).systemParameters();
            publisher().publish(DeviceStatus.of(DeviceState.ONLINE, StatusDetail.NONE));
        } catch (PacketException e) {
            throw fault(new DeviceException(id(), e.code(), e.getMessage(), e));
        } catch (DeviceException e) {
            throw fault(e);
        }
    }

    private DeviceException fault(DeviceException e) {
        if (e.action() == ErrorAction.MAINTENANCE) {
            publisher().publish(DeviceStatus.failed(DeviceState.HARDWARE_ERROR, StatusDetail.NONE, e.code()));
        }
        return e;
    }

    @Override
    protected void lost() {
        passwordVerified = false;
        publisher().publish(DeviceStatus.failed(DeviceState.NO_DEVICE, StatusDetail.NONE, FingerprintError.NO_DEVICE));
    }

    /** The module's system parameters, read now. */
    public SystemParameters systemParameters() throws DeviceException {
        return call(t -> parse(read(t, Instruction.readSysPara()), Acknowledgement::systemParameters));
    }

    /** Templates stored in the module's library. */
    public int templateCount() throws DeviceException {
        return call(t -> parse(read(t, Instruction.templateNum()), Acknowledgement::templateCount));
    }

    /**
     * Waits for a finger and captures its image, asking the sensor every finger-poll interval.
     *
     * @throws DeviceException {@link FingerprintError#TIMED_OUT} when no finger came within {@code timeout},
     *                         {@link FingerprintError#CANCELLED} when {@code cancelled} turned true first
     */
    public void capture(Duration timeout, BooleanSupplier cancelled) throws DeviceException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new DeviceException(id(), FingerprintError.CANCELLED, null);
            }
            Acknowledgement ack = call(t -> read(t, Instruction.genImg()));
            if (ack.success()) {
                return;
            }
            if (ack.confirmation() != Confirmation.NO_FINGER) {
                throw failed(ack, "GenImg");
            }
            if (System.nanoTime() > deadline) {
                throw new DeviceException(id(), FingerprintError.TIMED_OUT, "no finger within " + describe(timeout));
            }
            Thread.sleep(options.fingerPollInterval().toMillis());
        }
    }

    /** Whole seconds in s, anything finer in ms, so a sub-second timeout is not reported as 0 s. */
    private static String describe(Duration d) {
        return d.toMillisPart() == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Turns the captured image into features in buffer 1 or 2; a poor image is {@link FingerprintError#POOR_IMAGE}. */
    public void imageToFeatures(int buffer) throws DeviceException {
        call(t -> expectOk(t, Instruction.img2Tz(buffer)));
    }

    /** Loads a 512-byte template from {@code template} (the caller's buffer, which it wipes) into buffer 1 or 2. */
    public void downloadTemplate(int buffer, byte[] template) throws DeviceException {
        call(t -> {
            expectOk(t, Instruction.downChar(buffer));
            conversation.sendTemplate(t, template, capabilities().packetSize());
            return null;
        });
    }

    /** Copies the template in buffer 1 or 2 into {@code target} (512 bytes, the caller's buffer, which it wipes). */
    public void uploadTemplate(int buffer, byte[] target) throws DeviceException {
        call(t -> {
            expectOk(t, Instruction.upChar(buffer));
            conversation.receiveTemplate(t, target);
            return null;
        });
    }

    /** Compares buffers 1 and 2; a score of 0 when the module finds no match. */
    public int match() throws DeviceException {
        return call(t -> {
            Acknowledgement ack = read(t, Instruction.match());
            if (ack.confirmation() == Confirmation.NO_MATCH) {
                return 0;
            }
            return parse(ack, Acknowledgement::matchResult).score();
        });
    }

    /** Searches the library for the features in a buffer; {@link FingerprintError#NOT_FOUND} when none matches. */
    public SearchResult search(int buffer, int startPage, int count) throws DeviceException {
        return call(t -> parse(read(t, Instruction.search(buffer, startPage, count)), Acknowledgement::searchResult));
    }

    public void store(int buffer, int page) throws DeviceException {
        call(t -> expectOk(t, Instruction.store(buffer, page)));
    }

    public void delete(int page, int count) throws DeviceException {
        call(t -> expectOk(t, Instruction.deleteChar(page, count)));
    }

    public void empty() throws DeviceException {
        call(t -> expectOk(t, Instruction.empty()));
    }

    /** A typed reader of an acknowledgement's extra fields. */
    private interface AckReader<T> {
        T read(Acknowledgement ack) throws PacketException;
    }

    private <T> T parse(Acknowledgement ack, AckReader<T> reader) throws DeviceException {
        try {
            return reader.read(ack);
        } catch (PacketException e) {
            throw new DeviceException(id(), e.code(), e.getMessage(), e);
        }
    }

    private Acknowledgement read(Transport t, byte[] instruction) throws TransportException, DeviceException {
        return conversation.command(t, instruction);
    }

    private Void expectOk(Transport t, byte[] instruction) throws TransportException, DeviceException {
        Acknowledgement ack = read(t, instruction);
        if (!ack.success()) {
            throw failed(ack, Instruction.of(instruction[0] & 0xFF).map(Instruction::label).orElse("instruction"));
        }
        return null;
    }

    private DeviceException failed(Acknowledgement ack, String what) {
        Confirmation c = ack.confirmation();
        return new DeviceException(id(), c.error().orElse(FingerprintError.MODULE_ERROR), what + " answered " + c.describe());
    }

    /**
     * Runs an exchange once the module has accepted the password on this connection, so that a wrong password is
     * reported as such rather than as each command's refusal.
     */
    private <T> T call(DeviceConnection.Exchange<T> exchange) throws DeviceException {
        try {
            return connection().call(t -> {
                if (!passwordVerified) {
                    expectOk(t, Instruction.verifyPassword(options.password()));
                    passwordVerified = true;
                }
                return exchange.run(t);
            });
        } catch (NotConnectedException e) {
            throw new DeviceException(id(), FingerprintError.NO_DEVICE, null);
        } catch (TransportTimeoutException e) {
            throw new DeviceException(id(), FingerprintError.NOT_ANSWERING, e.getMessage(), e);
        } catch (TransportException e) {
            throw new DeviceException(id(), FingerprintError.NO_DEVICE, e.getMessage(), e);
        }
    }
}
