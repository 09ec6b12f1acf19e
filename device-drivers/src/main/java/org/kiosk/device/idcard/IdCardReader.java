package org.kiosk.device.idcard;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceIdentity;
import org.kiosk.device.DeviceKind;
import org.kiosk.device.DeviceState;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.connection.ConnectedDevice;
import org.kiosk.device.connection.DeviceConnection;
import org.kiosk.device.connection.NotConnectedException;
import org.kiosk.device.idcard.codec.ReadReply;
import org.kiosk.device.idcard.codec.ReadReplyParser;
import org.kiosk.device.idcard.codec.ReplyFormatException;
import org.kiosk.device.idcard.codec.SamCommand;
import org.kiosk.device.idcard.codec.SamId;
import org.kiosk.device.idcard.codec.SamReply;
import org.kiosk.device.idcard.codec.SamStatus;
import org.kiosk.device.idcard.document.DocumentFormatException;
import org.kiosk.device.idcard.document.FingerprintTemplate;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.idcard.document.TextLayoutParser;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resident-ID-card reader speaking the GA 467 SAM serial protocol. When watching, it asks "find card" every
 * poll interval: a card that appears is selected and read once, and its document handed to the
 * {@link CardListener}s; the same card left on the reader is not read again; a card that goes is reported
 * removed. This takes find-card to answer "found" for as long as a card lies in the field, read or not, as the
 * vendor SDKs' find-select-read loops do. One-shot operations ({@link #readCard}, {@link #samId}) serve tools that
 * ask on demand.
 */
public final class IdCardReader extends ConnectedDevice {

    /**
     * @param processingTime how long the reader may work before it answers (the wire time of the reply is added)
     * @param pollInterval   how often "find card" is asked while watching, or the SAM status while not
     * @param watchCards     whether to read cards as they are placed
     * @param readFingerprints whether those reads include fingerprint templates
     */
    public record Options(Duration processingTime, Duration pollInterval, Backoff backoff, boolean watchCards, boolean readFingerprints) {

        public static Options watching(Duration pollInterval, boolean readFingerprints) {
            return new Options(Duration.ofSeconds(1), pollInterval, Backoff.standard(), true, readFingerprints);
        }

        /** For tools: no card reads of its own, the SAM's status checked rarely. */
        public static Options onDemand() {
            return new Options(Duration.ofSeconds(1), Duration.ofMinutes(1), new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)), false, false);
        }
    }

    /** The line speeds GA 467 readers are set to, the factory default first. */
    public static final List<Integer> BAUD_RATES = List.of(115200, 57600, 38400, 19200, 9600);

    private static final Logger log = LoggerFactory.getLogger(IdCardReader.class);
    private static final int DEFAULT_BAUD = BAUD_RATES.getFirst();

    private final Options options;
    private final int baudRate;
    private final SamConversation conversation;
    private final List<CardListener> cardListeners = new CopyOnWriteArrayList<>();
    /** Owned by the connection's lock: touched only inside exchanges. */
    private CardPresence lastSeen = CardPresence.UNKNOWN;

    public IdCardReader(String id, Endpoint endpoint, Options options, Clock clock) {
        super(id, DeviceKind.ID_CARD_READER, DeviceIdentity.of("GA 467 SAM", endpoint.describe()), endpoint,
                options.pollInterval(), options.backoff(), clock);
        this.options = options;
        this.baudRate = endpoint instanceof Endpoint.Serial s ? s.settings().baudRate() : DEFAULT_BAUD;
        this.conversation = new SamConversation(id, baudRate, options.processingTime());
    }

    @Override
    public IdCardCapabilities capabilities() {
        return new IdCardCapabilities(options.readFingerprints(), baudRate);
    }

    public AutoCloseable addCardListener(CardListener listener) {
        cardListeners.add(listener);
        return () -> cardListeners.remove(listener);
    }

    /**
     * Finds, selects and reads the card on the reader now.
     *
     * @throws DeviceException {@link IdCardError#NO_CARD} when none lies there, or what else went wrong
     */
    public IdentityDocument readCard(boolean withFingerprints) throws DeviceException {
        return call(t -> {
            expect(t, SamCommand.FIND_CARD, SamStatus.FIND_CARD_SUCCESS);
            return selectAndRead(t, withFingerprints);
        });
    }

    /** The security module's identity. */
    public SamId samId() throws DeviceException {
        return call(t -> {
            SamReply reply = conversation.exchange(t, SamCommand.READ_SAM_ID);
            try {
                return SamId.parse(reply);
            } catch (ReplyFormatException e) {
                throw new DeviceException(id(), e.code(), e.getMessage(), e);
            }
        });
    }

    /** Resets the security module. */
    public void resetSam() throws DeviceException {
        call(t -> expect(t, SamCommand.RESET_SAM, SamStatus.SUCCESS));
    }

    private <T> T call(DeviceConnection.Exchange<T> exchange) throws DeviceException {
        try {
            return connection().call(exchange);
        } catch (NotConnectedException e) {
            throw new DeviceException(id(), IdCardError.NO_DEVICE, null);
        } catch (TransportTimeoutException e) {
            throw new DeviceException(id(), IdCardError.NOT_ANSWERING, e.getMessage(), e);
        } catch (TransportException e) {
            throw new DeviceException(id(), IdCardError.NO_DEVICE, e.getMessage(), e);
        }
    }

    /** Card presence while watching, otherwise the SAM's health. */
    @Override
    protected void poll(Transport t) throws TransportException, DeviceException {
        try {
            if (options.watchCards()) {
                watch(t);
            } else {
                expect(t, SamCommand.SAM_STATUS, SamStatus.SUCCESS);
                publisher().publish(DeviceStatus.of(DeviceState.ONLINE, IdCardDetail.UNKNOWN));
            }
        } catch (DeviceException e) {
            if (e.action() == ErrorAction.MAINTENANCE) {
                publisher().publish(DeviceStatus.failed(DeviceState.HARDWARE_ERROR, new IdCardDetail(lastSeen), e.code()));
            }
            // the reader failed, not the card: try the card on the reader again at the next poll
            lastSeen = CardPresence.UNKNOWN;
            throw e;
        }
    }

    private void watch(Transport t) throws TransportException, DeviceException {
        SamReply found = conversation.exchange(t, SamCommand.FIND_CARD);
        SamStatus status = found.status();
        if (status == SamStatus.FIND_CARD_FAILED) {
            if (lastSeen == CardPresence.PRESENT) {
                cardListeners.forEach(CardListener::cardRemoved);
            }
            lastSeen = CardPresence.ABSENT;
            publisher().publish(DeviceStatus.of(DeviceState.ONLINE, new IdCardDetail(CardPresence.ABSENT)));
            return;
        }
        if (status != SamStatus.FIND_CARD_SUCCESS) {
            throw failed(SamCommand.FIND_CARD, status);
        }
        if (lastSeen == CardPresence.PRESENT) {
            return;
        }
        lastSeen = CardPresence.PRESENT;
        publisher().publish(DeviceStatus.of(DeviceState.BUSY, new IdCardDetail(CardPresence.PRESENT)));
        try {
            IdentityDocument document = selectAndRead(t, options.readFingerprints());
            publisher().publish(DeviceStatus.of(DeviceState.ONLINE, new IdCardDetail(CardPresence.PRESENT)));
            if (cardListeners.isEmpty()) {
                // nobody to hand the card to: its fingerprint templates must not linger
                document.fingerprints().forEach(FingerprintTemplate::wipe);
            }
            cardListeners.forEach(l -> l.cardRead(document));
        } catch (DeviceException e) {
            if (e.action() != ErrorAction.USER) {
                throw e;
            }
            log.info("reader {}: card on the reader not read: {}", id(), e.code());
            publisher().publish(DeviceStatus.failed(DeviceState.USER_ERROR, new IdCardDetail(CardPresence.PRESENT), e.code()));
            cardListeners.forEach(l -> l.cardUnreadable(e));
        }
    }

    /**
     * Selects and reads the card. Some readers refuse a read with fingerprints of a card that holds none
     * ({@code 91}) instead of answering without templates; the card itself is fine, so it is read again without
     * them and the document has no templates.
     */
    private IdentityDocument selectAndRead(Transport t, boolean withFingerprints) throws TransportException, DeviceException {
        try {
            return selectAndReadOnce(t, withFingerprints);
        } catch (DeviceException e) {
            if (withFingerprints && e.code() == IdCardError.NO_FINGERPRINT_ON_CARD) {
                return selectAndReadOnce(t, false);
            }
            throw e;
        }
    }

    private IdentityDocument selectAndReadOnce(Transport t, boolean withFingerprints) throws TransportException, DeviceException {
        expect(t, SamCommand.SELECT_CARD, SamStatus.SUCCESS);
        SamCommand read = withFingerprints ? SamCommand.READ_TEXT_PHOTO_FINGERPRINT : SamCommand.READ_TEXT_PHOTO;
        SamReply reply = conversation.exchange(t, read);
        ReadReply body = null;
        try {
            body = ReadReplyParser.parse(read, reply);
            return TextLayoutParser.parse(body);
        } catch (ReplyFormatException e) {
            throw new DeviceException(id(), e.code(), e.getMessage(), e);
        } catch (DocumentFormatException e) {
            throw new DeviceException(id(), e.code(), e.getMessage(), e);
        } finally {
            // the document holds the only copies of the photo and templates from here on
            reply.wipe();
            if (body != null) {
                body.wipe();
            }
        }
    }

    /** The conversation, for tests that check what stays in memory. */
    SamConversation conversation() {
        return conversation;
    }

    private Void expect(Transport t, SamCommand command, SamStatus wanted) throws TransportException, DeviceException {
        SamStatus status = conversation.exchange(t, command).status();
        if (status != wanted) {
            throw failed(command, status);
        }
        return null;
    }

    private DeviceException failed(SamCommand command, SamStatus status) {
        return new DeviceException(id(), status.error().orElse(IdCardError.READER_ERROR), command.label() + " answered " + status.describe());
    }

    /** Whatever lay on the reader before may have changed while it was gone: the next card seen is read anew. */
    @Override
    protected void lost() {
        lastSeen = CardPresence.UNKNOWN;
        publisher().publish(DeviceStatus.failed(DeviceState.NO_DEVICE, IdCardDetail.UNKNOWN, IdCardError.NO_DEVICE));
    }

}
