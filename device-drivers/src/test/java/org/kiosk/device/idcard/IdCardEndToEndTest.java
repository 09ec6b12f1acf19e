package org.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kiosk.device.DeviceException;
import org.kiosk.device.DeviceState;
import org.kiosk.device.ErrorAction;
import org.kiosk.device.connection.Backoff;
import org.kiosk.device.idcard.codec.SamFrameDecoderViews;
import org.kiosk.device.idcard.document.DocumentType;
import org.kiosk.device.idcard.document.IdentityDocument;
import org.kiosk.device.transport.Endpoint;
import org.kiosk.device.transport.SerialSettings;
import org.kiosk.sim.idcard.Card;
import org.kiosk.sim.idcard.CardField;
import org.kiosk.sim.idcard.CardLibrary;
import org.kiosk.sim.idcard.Fault;
import org.kiosk.sim.idcard.IdCardReaderEmulator;
import org.kiosk.sim.idcard.ReaderCommand;
import org.kiosk.sim.pty.PtyPair;

/**
 * The driver against the reader emulator over a real socat pty pair at 115200 baud, the emulator pacing its
 * bytes at that speed; the emulator encodes its cards with its own encoder, written apart from the driver's codec.
 */
class IdCardEndToEndTest {

    private static final CardLibrary CARDS = CardLibrary.bundled();

    private PtyPair pty;
    private IdCardReaderEmulator emulator;
    private IdCardReader reader;

    @BeforeEach
    void cableUp() throws Exception {
        pty = PtyPair.start();
        emulator = IdCardReaderEmulator.builder().serial(pty.devicePath()).build();
        emulator.start();
    }

    @AfterEach
    void cableDown() {
        if (reader != null) {
            reader.close();
        }
        emulator.close();
        pty.close();
    }

    private IdCardReader connect(IdCardReader.Options options) throws Exception {
        reader = new IdCardReader("idcard", new Endpoint.Serial(SerialSettings.of(pty.hostPath().toString(), 115200)),
                options, Clock.systemUTC());
        reader.start();
        assertThat(reader.awaitConnected(Duration.ofSeconds(10))).as("driver reached the emulator").isTrue();
        return reader;
    }

    private static IdCardReader.Options onDemand() {
        return new IdCardReader.Options(Duration.ofMillis(500), Duration.ofSeconds(30),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), false, false);
    }

    private static IdCardReader.Options watching() {
        return new IdCardReader.Options(Duration.ofMillis(500), Duration.ofMillis(50),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), true, true);
    }

    @ParameterizedTest
    @CsvSource({
            "resident-fp2, RESIDENT_ID, 2",
            "resident, RESIDENT_ID, 0",
            "resident-long-term, RESIDENT_ID, 0",
            "hmt-hong-kong, HMT_RESIDENCE_PERMIT, 0",
            "hmt-macao, HMT_RESIDENCE_PERMIT, 1",
            "hmt-taiwan, HMT_RESIDENCE_PERMIT, 0",
            "foreign-old, FOREIGN_PERMANENT_RESIDENCE, 0",
            "foreign-2023, FOREIGN_PERMANENT_RESIDENCE, 2"})
    void readsEachLayoutWithItsFingerprintTemplates(String cardName, DocumentType type, int templates) throws Exception {
        Card card = CARDS.get(cardName);
        emulator.place(card);
        connect(onDemand());

        IdentityDocument d = reader.readCard(true);

        assertThat(d.type()).isEqualTo(type);
        assertThat(d.name()).isEqualTo(card.field(CardField.NAME));
        String number = card.field(CardField.ID_NUMBER).isEmpty() ? card.field(CardField.PERMIT_NUMBER) : card.field(CardField.ID_NUMBER);
        assertThat(d.idNumber()).isEqualTo(number);
        assertThat(d.fingerprints()).hasSize(templates);
        assertThat(d.photo()).isNotNull();
        assertThat(d.expired(LocalDate.of(2026, 11, 27))).isFalse();
        assertThat(d.toString()).doesNotContain(number).doesNotContain(card.field(CardField.NAME));
    }

    @Test
    void aReadLeavesNoCopyOfTheTemplatesOrThePhotoInTheDriversBuffers() throws Exception {
        Card card = CARDS.get("resident-fp2");
        emulator.place(card);
        connect(onDemand());

        IdentityDocument d = reader.readCard(true);

        byte[] template = new byte[512];
        d.fingerprints().getFirst().copyTo(template);
        assertThat(MemoryProbe.holdsPartOf(template, card.fingerprints().getFirst())).as("the probe finds a copy").isTrue();
        assertNoCopyLeft(card);
    }

    static Stream<Arguments> brokenReads() {
        return Stream.of(Arguments.of(Fault.corruptChecksum(), IdCardError.CHECKSUM_ERROR),
                Arguments.of(Fault.truncate(2000), IdCardError.FRAME_ERROR));
    }

    @ParameterizedTest
    @MethodSource("brokenReads")
    void aFailedReadLeavesNoCopyInTheDriversBuffersEither(Fault fault, IdCardError expected) throws Exception {
        Card card = CARDS.get("resident-fp2");
        emulator.place(card);
        connect(onDemand());
        emulator.injectPersistent(fault.on(ReaderCommand.READ_TEXT_PHOTO_FINGERPRINT));

        assertThatThrownBy(() -> reader.readCard(true))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(expected));

        assertNoCopyLeft(card);
    }

    private void assertNoCopyLeft(Card card) {
        SamConversation conversation = reader.conversation();
        byte[] decoderBuffer = SamFrameDecoderViews.buffer(conversation.decoder());
        byte[] readBuffer = conversation.readBufferView();
        for (byte[] secret : card.fingerprints()) {
            assertThat(MemoryProbe.holdsPartOf(decoderBuffer, secret)).as("template in the decoder").isFalse();
            assertThat(MemoryProbe.holdsPartOf(readBuffer, secret)).as("template in the read buffer").isFalse();
        }
        assertThat(MemoryProbe.holdsPartOf(decoderBuffer, card.photo())).as("photo in the decoder").isFalse();
        assertThat(MemoryProbe.holdsPartOf(readBuffer, card.photo())).as("photo in the read buffer").isFalse();
        assertThat(MemoryProbe.allZero(decoderBuffer)).isTrue();
        assertThat(MemoryProbe.allZero(readBuffer)).isTrue();
    }

    @Test
    void readsWithoutFingerprintsWhenNotAsked() throws Exception {
        emulator.place(CARDS.get("resident-fp2"));
        connect(onDemand());
        assertThat(reader.readCard(false).fingerprints()).isEmpty();
    }

    @Test
    void longTermCardHasNoExpiryAndAnExpiredCardIsFlagged() throws Exception {
        emulator.place(CARDS.get("resident-long-term"));
        connect(onDemand());
        IdentityDocument longTerm = reader.readCard(false);
        assertThat(longTerm.hasNoExpiry()).isTrue();
        assertThat(longTerm.validTo()).isNull();

        emulator.place(CARDS.get("resident-expired"));
        assertThat(reader.readCard(false).expired(LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    void badCheckDigitIsAClearErrorThatNamesNoNumber() throws Exception {
        emulator.place(CARDS.get("resident-bad-check-digit"));
        connect(onDemand());
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(IdCardError.DOCUMENT_INVALID))
                .hasMessageNotContaining("110105194912310021");
    }

    @Test
    void noCardOnTheReaderIsTheCitizensToFix() throws Exception {
        connect(onDemand());
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> {
                    assertThat(e.code()).isEqualTo(IdCardError.NO_CARD);
                    assertThat(e.action()).isEqualTo(ErrorAction.USER);
                });
    }

    @ParameterizedTest
    @CsvSource({
            "0x41, READ_TEXT_PHOTO, CARD_READ_FAILED",
            "0x80, FIND_CARD, NO_CARD",
            "0x81, SELECT_CARD, SELECT_FAILED",
            "0x60, READ_TEXT_PHOTO, SAM_FAULT"})
    void eachFailureStatusBecomesItsTypedOutcome(String sw3, ReaderCommand on, IdCardError expected) throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.status(Integer.decode(sw3)).on(on));
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(expected));
        assertThat(reader.readCard(false).name()).as("the next read works").isEqualTo("测试二");
    }

    @Test
    void aReaderAnswering91ForACardWithoutFingerprintsStillGivesTheDocument() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.noFingerprintContent());
        IdentityDocument d = reader.readCard(true);
        assertThat(d.name()).isEqualTo("测试二");
        assertThat(d.fingerprints()).isEmpty();
    }

    @Test
    void aCorruptedChecksumIsRetriedOnceThenReported() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.corruptChecksum().on(ReaderCommand.READ_TEXT_PHOTO));
        assertThat(reader.readCard(false).name()).isEqualTo("测试二");

        emulator.injectPersistent(Fault.corruptChecksum().on(ReaderCommand.READ_TEXT_PHOTO));
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(IdCardError.CHECKSUM_ERROR));
    }

    @Test
    void garbageBeforeAReplyIsSkipped() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.garbage((byte) 0x00, (byte) 0xAA, (byte) 0x55, (byte) 0xAA, (byte) 0xAA, (byte) 0x13).on(ReaderCommand.READ_TEXT_PHOTO));
        assertThat(reader.readCard(false).name()).isEqualTo("测试二");
    }

    @Test
    void aTruncatedReplyIsAFrameErrorNotAHang() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.truncate(600).on(ReaderCommand.READ_TEXT_PHOTO));
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(IdCardError.FRAME_ERROR));
        assertThat(reader.readCard(false).name()).isEqualTo("测试二");
    }

    @Test
    void aSlowReplyWithinTheTimeoutIsWaitedForAndASilentReaderIsNotAnswering() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(onDemand());
        emulator.inject(Fault.delay(Duration.ofMillis(300)).on(ReaderCommand.READ_TEXT_PHOTO));
        assertThat(reader.readCard(false).name()).isEqualTo("测试二");

        emulator.inject(Fault.silent().on(ReaderCommand.READ_TEXT_PHOTO));
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(IdCardError.NOT_ANSWERING));
    }

    @Test
    void samIdIsReadAndFormatted() throws Exception {
        connect(onDemand());
        assertThat(reader.samId().toString()).isEqualTo("05.01-20240101-123456789-987654321");
    }

    @Test
    void placedCardIsReadOnceAndRemovalIsReported() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        connect(watching()).addCardListener(new CardListener() {
            @Override
            public void cardRead(IdentityDocument document) {
                events.add("read " + document.type());
            }

            @Override
            public void cardUnreadable(DeviceException error) {
                events.add("unreadable " + error.code());
            }

            @Override
            public void cardRemoved() {
                events.add("removed");
            }
        });
        awaitPresence(CardPresence.ABSENT);

        emulator.place(CARDS.get("hmt-macao"));
        awaitEvents(events, 1);
        Thread.sleep(500);
        assertThat(events).as("a card left on the reader is read once").containsExactly("read HMT_RESIDENCE_PERMIT");
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);

        emulator.remove();
        awaitEvents(events, 2);
        emulator.place(CARDS.get("resident-bad-check-digit"));
        awaitEvents(events, 3);
        assertThat(events).containsExactly("read HMT_RESIDENCE_PERMIT", "removed", "unreadable DOCUMENT_INVALID");
        assertThat(reader.status().state()).isEqualTo(DeviceState.USER_ERROR);
        emulator.remove();
        awaitPresence(CardPresence.ABSENT);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aReaderFaultWhileWatchingIsAHardwareErrorAndTheCardIsReadOnceTheReaderRecovers() throws Exception {
        List<IdentityDocument> read = new CopyOnWriteArrayList<>();
        emulator.injectPersistent(Fault.status(0x60).on(ReaderCommand.READ_TEXT_PHOTO_FINGERPRINT));
        connect(watching()).addCardListener(new CardListener() {
            @Override
            public void cardRead(IdentityDocument document) {
                read.add(document);
            }

            @Override
            public void cardUnreadable(DeviceException error) {
            }

            @Override
            public void cardRemoved() {
            }
        });
        emulator.place(CARDS.get("resident"));
        awaitState(DeviceState.HARDWARE_ERROR);
        assertThat(reader.status().error()).contains(IdCardError.SAM_FAULT);

        emulator.clearFaults();
        awaitState(DeviceState.ONLINE);
        for (int i = 0; i < 100 && read.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(read).hasSize(1);
    }

    @Test
    void unpluggedReaderGoesNoDeviceAndComesBackByItself() throws Exception {
        emulator.place(CARDS.get("resident"));
        connect(watching());
        awaitPresence(CardPresence.PRESENT);

        pty.unplug();
        awaitState(DeviceState.NO_DEVICE);
        assertThatThrownBy(() -> reader.readCard(false))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo(IdCardError.NO_DEVICE));

        pty.plugIn();
        awaitState(DeviceState.ONLINE);
        assertThat(reader.readCard(false).name()).isEqualTo("测试二");
    }

    private void awaitState(DeviceState wanted) throws InterruptedException {
        for (int i = 0; i < 500 && reader.status().state() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(reader.status().state()).isEqualTo(wanted);
    }

    private void awaitPresence(CardPresence wanted) throws InterruptedException {
        for (int i = 0; i < 500 && !(reader.status().detail() instanceof IdCardDetail d && d.card() == wanted); i++) {
            Thread.sleep(20);
        }
        assertThat(reader.status().detail()).isEqualTo(new IdCardDetail(wanted));
    }

    private static void awaitEvents(List<String> events, int count) throws InterruptedException {
        for (int i = 0; i < 500 && events.size() < count; i++) {
            Thread.sleep(20);
        }
        assertThat(events).hasSizeGreaterThanOrEqualTo(count);
    }
}
