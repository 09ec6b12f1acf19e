package org.kiosk.device.passport;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.kiosk.device.DeviceException;
import org.kiosk.device.passport.codec.StatusWord;
import org.kiosk.device.passport.codec.Tlv;
import org.kiosk.device.passport.codec.TlvException;
import org.kiosk.device.passport.crypto.BacHandshake;
import org.kiosk.device.passport.crypto.SecureMessaging;
import org.kiosk.device.passport.crypto.SecureMessagingException;

/**
 * One conversation with an eMRTD chip (ICAO Doc 9303 parts 10 and 11): select the application, Basic Access
 * Control, then files read under secure messaging in chunks. Every failure is a {@link DeviceException} with a
 * {@link PassportError}; messages name files and status words, never their content.
 */
final class ChipSession implements AutoCloseable {

    /** Sends one command APDU and returns the response APDU, status word included. */
    @FunctionalInterface
    interface Channel {
        byte[] transmit(byte[] command) throws ChipIoException;
    }

    /** The link to the chip failed (card removed, reader gone). */
    static final class ChipIoException extends Exception {
        ChipIoException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final byte[] SELECT_APPLICATION = {0x00, (byte) 0xA4, 0x04, 0x0C, 0x07,
            (byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};
    private static final byte[] GET_CHALLENGE = {0x00, (byte) 0x84, 0x00, 0x00, 0x08};
    /** The most a chunk asks for: 0xDF plain bytes still fit a short protected response. */
    private static final int CHUNK = 0xDF;
    /** READ BINARY with an offset in P1-P2 reaches 15 bits. */
    private static final int MAX_OFFSET = 0x7FFF;
    /** Enough for the tag and a length of up to three bytes. */
    private static final int HEADER_PROBE = 4;

    private final String deviceId;
    private final Channel channel;
    private SecureMessaging session;

    /** @param exchangeTimer told how long each exchange waited on the channel */
    ChipSession(String deviceId, LongConsumer exchangeTimer, Channel channel) {
        this.deviceId = deviceId;
        this.channel = command -> {
            long start = System.nanoTime();
            try {
                return channel.transmit(command);
            } finally {
                exchangeTimer.accept(System.nanoTime() - start);
            }
        };
    }

    void selectApplication() throws DeviceException, ChipIoException {
        int sw = StatusWord.of(channel.transmit(SELECT_APPLICATION));
        if (sw != StatusWord.SUCCESS) {
            throw error(PassportError.NOT_AN_EMRTD, "SELECT eMRTD application answered " + StatusWord.hex(sw));
        }
    }

    /** Basic Access Control with the keys derived from the MRZ; secure messaging protects everything after. */
    void authenticate(AccessKey key, SecureRandom random) throws DeviceException, ChipIoException {
        byte[] challenge = channel.transmit(GET_CHALLENGE);
        int sw = StatusWord.of(challenge);
        if (sw != StatusWord.SUCCESS || challenge.length != 10) {
            throw error(PassportError.CHIP_ERROR, "GET CHALLENGE answered " + StatusWord.hex(sw) + " with " + (challenge.length - 2) + " bytes");
        }
        byte[] kEnc = key.encryptionKey();
        byte[] kMac = key.macKey();
        BacHandshake handshake = new BacHandshake(kEnc, kMac, Arrays.copyOf(challenge, 8), random);
        Arrays.fill(kEnc, (byte) 0);
        Arrays.fill(kMac, (byte) 0);
        try {
            byte[] data = handshake.commandData();
            byte[] command = new byte[5 + data.length + 1];
            command[1] = (byte) 0x82;
            command[4] = (byte) data.length;
            System.arraycopy(data, 0, command, 5, data.length);
            command[command.length - 1] = 0x28;
            byte[] answer = channel.transmit(command);
            sw = StatusWord.of(answer);
            if (sw == StatusWord.AUTHENTICATION_FAILED || sw == StatusWord.SECURITY_STATUS_NOT_SATISFIED) {
                throw error(PassportError.ACCESS_DENIED, "MUTUAL AUTHENTICATE answered " + StatusWord.hex(sw));
            }
            if (sw != StatusWord.SUCCESS) {
                throw error(PassportError.CHIP_ERROR, "MUTUAL AUTHENTICATE answered " + StatusWord.hex(sw));
            }
            session = handshake.finish(Arrays.copyOf(answer, answer.length - 2));
        } catch (SecureMessagingException e) {
            throw error(PassportError.SECURE_MESSAGING_FAILED, "MUTUAL AUTHENTICATE: " + e.getMessage());
        } finally {
            handshake.wipe();
        }
    }

    /**
     * Reads a whole elementary file of the application under secure messaging.
     *
     * @param name for messages, e.g. {@code DG2}
     * @return the file, or null when the chip has no such file
     */
    byte[] readFile(String name, int fileId) throws DeviceException, ChipIoException {
        byte[] select = {0x00, (byte) 0xA4, 0x02, 0x0C, 0x02, (byte) (fileId >> 8), (byte) fileId};
        int sw = StatusWord.of(protectedExchange(select, "SELECT " + name));
        if (sw == StatusWord.FILE_NOT_FOUND) {
            return null;
        }
        if (sw != StatusWord.SUCCESS) {
            throw error(PassportError.CHIP_ERROR, "SELECT " + name + " answered " + StatusWord.hex(sw));
        }
        byte[] head = readBinary(name, 0, HEADER_PROBE);
        int total;
        try {
            total = Tlv.header(head, 0, head.length).totalLength();
        } catch (TlvException e) {
            throw error(PassportError.DATA_MALFORMED, name + " does not start with a valid TLV header: " + e.getMessage());
        } finally {
            Arrays.fill(head, (byte) 0);
        }
        if (total - 1 > MAX_OFFSET + CHUNK) {
            throw error(PassportError.UNSUPPORTED_DOCUMENT, name + " is " + total + " bytes, more than READ BINARY with short offsets reaches");
        }
        byte[] file = new byte[total];
        int at = 0;
        while (at < total) {
            if (at > MAX_OFFSET) {
                throw error(PassportError.UNSUPPORTED_DOCUMENT, name + " is " + total + " bytes, more than READ BINARY with short offsets reaches");
            }
            byte[] chunk = readBinary(name, at, Math.min(CHUNK, total - at));
            if (chunk.length == 0) {
                Arrays.fill(file, (byte) 0);
                throw error(PassportError.DATA_MALFORMED, name + " ends at " + at + " bytes though its header says " + total);
            }
            System.arraycopy(chunk, 0, file, at, Math.min(chunk.length, total - at));
            at += chunk.length;
            Arrays.fill(chunk, (byte) 0);
        }
        return file;
    }

    /** READ BINARY at {@code offset}: the bytes returned (fewer than asked at the end of the file). */
    private byte[] readBinary(String name, int offset, int length) throws DeviceException, ChipIoException {
        byte[] command = {0x00, (byte) 0xB0, (byte) (offset >> 8), (byte) offset, (byte) length};
        byte[] response = protectedExchange(command, "READ BINARY " + name);
        int sw = StatusWord.of(response);
        if (sw != StatusWord.SUCCESS && sw != StatusWord.END_OF_FILE) {
            Arrays.fill(response, (byte) 0);
            throw error(PassportError.CHIP_ERROR, "READ BINARY " + name + " at " + offset + " answered " + StatusWord.hex(sw));
        }
        byte[] data = Arrays.copyOf(response, response.length - 2);
        Arrays.fill(response, (byte) 0);
        return data;
    }

    private byte[] protectedExchange(byte[] plain, String what) throws DeviceException, ChipIoException {
        if (session == null) {
            throw new IllegalStateException("secure messaging not established");
        }
        byte[] response = channel.transmit(session.wrap(plain));
        try {
            return session.unwrap(response);
        } catch (SecureMessagingException e) {
            int sw = StatusWord.of(response);
            if (response.length == 2 && (sw == StatusWord.SM_DATA_OBJECTS_MISSING || sw == StatusWord.SM_DATA_OBJECTS_INCORRECT)) {
                throw error(PassportError.SECURE_MESSAGING_FAILED, what + " answered " + StatusWord.hex(sw));
            }
            if (response.length == 2) {
                throw error(PassportError.CHIP_ERROR, what + " answered " + StatusWord.hex(sw) + " without secure messaging");
            }
            throw error(PassportError.SECURE_MESSAGING_FAILED, what + ": " + e.getMessage());
        } finally {
            Arrays.fill(response, (byte) 0);
        }
    }

    private DeviceException error(PassportError code, String detail) {
        return new DeviceException(deviceId, code, detail);
    }

    @Override
    public void close() {
        if (session != null) {
            session.wipe();
        }
    }
}
