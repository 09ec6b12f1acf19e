package org.kiosk.provisioning.detect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.fingerprint.codec.Acknowledgement;
import org.kiosk.device.fingerprint.codec.Instruction;
import org.kiosk.device.fingerprint.codec.Packet;
import org.kiosk.device.fingerprint.codec.PacketDecoder;
import org.kiosk.device.fingerprint.codec.PacketEncoder;
import org.kiosk.device.fingerprint.codec.PacketException;
import org.kiosk.device.fingerprint.codec.SystemParameters;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * An AS608/R30x fingerprint module at the factory address: ReadSysPara, which reads the module's parameters and
 * writes nothing. A module that wants its password first still acknowledges (with a refusal), and is found.
 */
final class FingerprintHandshake implements Handshake {

    @Override
    public PortKind kind() {
        return PortKind.FINGERPRINT;
    }

    @Override
    public List<Integer> bauds() {
        return FingerprintModule.BAUD_RATES;
    }

    @Override
    public Optional<Identification> identify(Transport t, Duration replyTimeout) throws TransportException, InterruptedException {
        PacketDecoder packets = new PacketDecoder(Packet.DEFAULT_ADDRESS);
        Optional<Acknowledgement> ack = Replies.exchange(t, PacketEncoder.command(Packet.DEFAULT_ADDRESS, Instruction.readSysPara()),
                new Replies.FrameDecoder<>() {
                    @Override
                    public void feed(byte[] bytes, int offset, int length) {
                        packets.feed(bytes, offset, length);
                    }

                    @Override
                    public Optional<Acknowledgement> next() throws PacketException {
                        Optional<Packet> packet = packets.next();
                        return packet.isPresent() ? Optional.of(Acknowledgement.of(packet.get())) : Optional.empty();
                    }
                }, replyTimeout);
        if (ack.isEmpty()) {
            return Optional.empty();
        }
        if (!ack.get().success()) {
            return Optional.of(new Identification("AS608/R30x", null, null, "parameters refused: " + ack.get().confirmation()));
        }
        try {
            SystemParameters p = ack.get().systemParameters();
            return Optional.of(new Identification("AS608/R30x", null, null, String.format(
                    "capacity %d, security level %d, packet size %d, system id %04X", p.capacity(), p.securityLevel(),
                    p.packetSize(), p.systemId())));
        } catch (PacketException e) {
            return Optional.of(new Identification("AS608/R30x", null, null, "parameters unreadable: " + e.getMessage()));
        }
    }
}
