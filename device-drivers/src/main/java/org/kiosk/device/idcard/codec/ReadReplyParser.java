package org.kiosk.device.idcard.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kiosk.device.idcard.IdCardError;

/**
 * Splits the reply to {@code 30 01} / {@code 30 10}: {@code TEXT_LEN · PHOTO_LEN · [FP_LEN] · text · photo ·
 * fingerprints}, lengths big-endian. Every length is checked against the protocol's fixed sizes and the data
 * actually received, so a reply from a misbehaving reader is a typed error, not a wrong split.
 */
public final class ReadReplyParser {

    private ReadReplyParser() {
    }

    /**
     * The body of a successful read reply. A failure status gives a {@link ReplyFormatException} whose code is
     * the status's error. Status 91 with a body is accepted for {@code 30 10}: readers differ in whether a card
     * without fingerprints answers {@code 90} with FP_LEN 0 or {@code 91}, and the text and photo are good
     * either way. The caller wipes {@code reply} and the returned body once it has been read.
     *
     * @throws IllegalArgumentException if the command is not a read command
     */
    public static ReadReply parse(SamCommand command, SamReply reply) throws ReplyFormatException {
        if (!command.readsCard()) {
            throw new IllegalArgumentException(command + " has no read body");
        }
        boolean withFingerprints = command == SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
        SamStatus status = reply.status();
        boolean bodyDespiteStatus = withFingerprints && status == SamStatus.NO_CONTENT && reply.dataLength() > 0;
        if (status != SamStatus.SUCCESS && !bodyDespiteStatus) {
            IdCardError error = status.error().orElse(IdCardError.FRAME_ERROR);
            throw new ReplyFormatException(error, "the reader answered " + status.describe() + " to " + command.label());
        }
        return parseBody(withFingerprints, reply.dataView());
    }

    /**
     * The body alone: the data between SW3 and the checksum. The reply copies what it needs from {@code data},
     * which the caller still wipes; the parser leaves no other copy behind.
     */
    public static ReadReply parseBody(boolean withFingerprints, byte[] data) throws ReplyFormatException {
        int header = withFingerprints ? 6 : 4;
        if (data.length < header) {
            throw malformed(String.format("read reply body has %d bytes, fewer than its %d-byte length header",
                    data.length, header));
        }
        int textLength = SamFrames.uint16(data, 0);
        int photoLength = SamFrames.uint16(data, 2);
        int fingerprintLength = withFingerprints ? SamFrames.uint16(data, 4) : 0;
        if (textLength != ReadReply.TEXT_LENGTH) {
            throw malformed("text length field is " + textLength + ", not " + ReadReply.TEXT_LENGTH);
        }
        if (photoLength != ReadReply.PHOTO_LENGTH) {
            throw malformed("photo length field is " + photoLength + ", not " + ReadReply.PHOTO_LENGTH);
        }
        if (fingerprintLength % ReadReply.FINGERPRINT_TEMPLATE_LENGTH != 0
                || fingerprintLength > ReadReply.MAX_FINGERPRINT_TEMPLATES * ReadReply.FINGERPRINT_TEMPLATE_LENGTH) {
            throw malformed("fingerprint length field is " + fingerprintLength + ", not 0, 512 or 1024");
        }
        int expected = header + textLength + photoLength + fingerprintLength;
        if (data.length != expected) {
            throw malformed(String.format("read reply body has %d bytes, its length fields add up to %d",
                    data.length, expected));
        }
        int textAt = header;
        int photoAt = textAt + textLength;
        int fingerprintsAt = photoAt + photoLength;
        byte[] text = Arrays.copyOfRange(data, textAt, photoAt);
        byte[] photo = Arrays.copyOfRange(data, photoAt, fingerprintsAt);
        List<byte[]> templates = new ArrayList<>(2);
        for (int at = fingerprintsAt; at < data.length; at += ReadReply.FINGERPRINT_TEMPLATE_LENGTH) {
            templates.add(Arrays.copyOfRange(data, at, at + ReadReply.FINGERPRINT_TEMPLATE_LENGTH));
        }
        try {
            return new ReadReply(text, photo, templates);
        } finally {
            // the reply holds its own copies
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
            templates.forEach(template -> Arrays.fill(template, (byte) 0));
        }
    }

    private static ReplyFormatException malformed(String message) {
        return new ReplyFormatException(IdCardError.FRAME_ERROR, message);
    }
}
