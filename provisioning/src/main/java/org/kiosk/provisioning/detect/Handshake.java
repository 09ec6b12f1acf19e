package org.kiosk.provisioning.detect;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

/**
 * A device kind's safe identify exchange: read-only commands whose answers the driver's codec checks, so a port
 * answering with anything else (another device's frames, noise) is not taken for this kind.
 */
interface Handshake {

    PortKind kind();

    /** The speeds to try, in order. */
    List<Integer> bauds();

    /**
     * Runs the exchange on an open transport.
     *
     * @param replyTimeout how long to wait for each answer
     * @return the device's identification, or empty when the port did not answer as this kind does
     * @throws TransportException when the port itself failed (closed, unplugged)
     */
    Optional<Identification> identify(Transport t, Duration replyTimeout) throws TransportException, InterruptedException;
}
