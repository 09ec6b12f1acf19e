package org.kiosk.provisioning.detect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.idcard.codec.ReplyFormatException;
import org.kiosk.device.idcard.codec.SamCommand;
import org.kiosk.device.idcard.codec.SamFrameDecoder;
import org.kiosk.device.idcard.codec.SamId;
import org.kiosk.device.idcard.codec.SamReply;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * A GA 467 ID-card reader: SAM status ({@code 11 FF}) and, once that answered, the SAM id ({@code 12 FF}) as the
 * reader's serial. Neither touches a card. Any well-formed reply frame, whatever its status, is a reader.
 */
final class IdCardHandshake implements Handshake {

    @Override
    public PortKind kind() {
        return PortKind.ID_CARD_READER;
    }

    @Override
    public List<Integer> bauds() {
        return IdCardReader.BAUD_RATES;
    }

    @Override
    public Optional<Identification> identify(Transport t, Duration replyTimeout) throws TransportException, InterruptedException {
        Optional<SamReply> status = Replies.exchange(t, SamCommand.SAM_STATUS.frame(), decoder(), replyTimeout);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String note = "SAM status: " + status.get().status().meaning();
        String serial = null;
        Optional<SamReply> id = Replies.exchange(t, SamCommand.READ_SAM_ID.frame(), decoder(), replyTimeout);
        if (id.isPresent() && id.get().success()) {
            try {
                serial = SamId.parse(id.get()).toString();
            } catch (ReplyFormatException e) {
                note += "; SAM id unreadable: " + e.getMessage();
            }
        }
        return Optional.of(new Identification("GA 467 SAM", null, serial, note));
    }

    private static Replies.FrameDecoder<SamReply> decoder() {
        SamFrameDecoder frames = new SamFrameDecoder();
        return new Replies.FrameDecoder<>() {
            @Override
            public void feed(byte[] bytes, int offset, int length) {
                frames.feed(bytes, offset, length);
            }

            @Override
            public Optional<SamReply> next() throws Exception {
                return frames.next();
            }
        };
    }
}
