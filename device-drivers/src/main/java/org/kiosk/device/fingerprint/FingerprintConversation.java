package org.kiosk.device.fingerprint;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.DeviceException;
import org.kiosk.device.fingerprint.codec.Acknowledgement;
import org.kiosk.device.fingerprint.codec.Instruction;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.fingerprint.codec.PacketDecoder;
import org.kiosk.device.fingerprint.codec.PacketEncoder;
import org.kiosk.device.fingerprint.codec.PacketException;
import org.kiosk.device.fingerprint.codec.TemplateAssembler;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;
import org.kiosk.device.transport.TransportTimeoutException;

/** Commands, acknowledgements and template transfers over one open transport, every packet checked by the codec. */
final class FingerprintConversation {

    private static final int BITS_PER_BYTE = 10;
    /** The longest answer: a 512-byte template in the smallest data packets (32 bytes, 11 bytes of framing each) after its ack. */
    private static final int LONGEST_ANSWER = 12 + 16 * (32 + 11);

    private final String deviceId;
    private final int address;
    private final Duration timeout;
    private final PacketDecoder decoder;
    private final byte[] buffer = new byte[1024];

    FingerprintConversation(String deviceId, int address, int baudRate, Duration processingTime) {
        this.deviceId = deviceId;
        this.address = address;
        this.decoder = new PacketDecoder(address);
        this.timeout = processingTime.plusMillis(1000L * LONGEST_ANSWER * BITS_PER_BYTE / baudRate + 1);
    }

    /** Sends one instruction and returns its acknowledgement, whatever its confirmation code. */
    Acknowledgement command(Transport t, byte[] instruction) throws TransportException, DeviceException {
        decoder.clear();
        t.discardInput();
        t.write(PacketEncoder.command(address, instruction));
        Packet ack = next(t, instruction);
        try {
            return Acknowledgement.of(ack);
        } catch (PacketException e) {
            throw new DeviceException(deviceId, e.code(), e.getMessage(), e);
        } finally {
            ack.wipe();
        }
    }

    /** Sends a template as data packets of {@code packetSize}; the framed copies are wiped once written. */
    void sendTemplate(Transport t, byte[] template, int packetSize) throws TransportException {
        List<byte[]> frames = PacketEncoder.dataPackets(address, template, packetSize);
        try {
            for (byte[] frame : frames) {
                t.write(frame);
            }
        } finally {
            PacketEncoder.wipe(frames);
        }
    }

    /** Receives a template's data packets into {@code target}; the assembler's copy is wiped. */
    void receiveTemplate(Transport t, byte[] target) throws TransportException, DeviceException {
        try (TemplateAssembler assembler = new TemplateAssembler()) {
            boolean complete = false;
            while (!complete) {
                Packet p = next(t, Instruction.upChar(1));
                try {
                    complete = assembler.accept(p);
                } catch (PacketException e) {
                    throw new DeviceException(deviceId, e.code(), e.getMessage(), e);
                } finally {
                    p.wipe();
                }
            }
            byte[] template = assembler.template();
            try {
                if (template.length != target.length) {
                    throw new DeviceException(deviceId, FingerprintError.TEMPLATE_TRANSFER_FAILED,
                            "received " + template.length + " template bytes, expected " + target.length);
                }
                System.arraycopy(template, 0, target, 0, target.length);
            } finally {
                Arrays.fill(template, (byte) 0);
            }
        }
    }

    private Packet next(Transport t, byte[] instruction) throws TransportException, DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Packet> packet;
            try {
                packet = decoder.next();
            } catch (PacketException e) {
                throw new DeviceException(deviceId, e.code(), e.getMessage(), e);
            }
            if (packet.isPresent()) {
                return packet.get();
            }
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    throw new TransportTimeoutException(t.endpoint() + ": no answer to " + label(instruction) + " within " + timeout.toMillis() + " ms");
                }
                int n = t.read(buffer, 0, buffer.length, Duration.ofNanos(left));
                decoder.feed(buffer, 0, n);
                Arrays.fill(buffer, 0, n, (byte) 0);
            } catch (TransportTimeoutException e) {
                if (decoder.buffered() > 0) {
                    throw new DeviceException(deviceId, FingerprintError.FRAME_ERROR, label(instruction) + ": answer cut short after "
                            + decoder.buffered() + " bytes");
                }
                throw e;
            }
        }
    }

    private static String label(byte[] instruction) {
        return Instruction.of(instruction[0] & 0xFF).map(Instruction::label).orElse("instruction");
    }
}
