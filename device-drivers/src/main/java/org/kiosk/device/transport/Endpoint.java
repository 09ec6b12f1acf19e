package org.kiosk.device.transport;

import java.time.Duration;
import java.util.function.Supplier;

/** Where a device is, as configured: a serial port or a TCP address. Makes a fresh transport per connection attempt. */
public sealed interface Endpoint {

    Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** A new, unopened transport to the device. */
    Transport newTransport();

    /** For identities and messages: {@code serial:/dev/...} or {@code tcp://host:port}. */
    String describe();

    default Supplier<Transport> transports() {
        return this::newTransport;
    }

    record Serial(SerialSettings settings) implements Endpoint {
        @Override
        public Transport newTransport() {
            return new SerialTransport(settings);
        }

        @Override
        public String describe() {
            return "serial:" + settings.path();
        }
    }

    record Tcp(String hostPort) implements Endpoint {
        public Tcp {
            TcpTransport.parse(hostPort, CONNECT_TIMEOUT);
        }

        @Override
        public Transport newTransport() {
            return TcpTransport.parse(hostPort, CONNECT_TIMEOUT);
        }

        @Override
        public String describe() {
            return "tcp://" + hostPort;
        }
    }

    /** The kiosk's end of an in-memory cable, for unit tests. */
    record InMemory(PipeTransport.Cable cable) implements Endpoint {
        @Override
        public Transport newTransport() {
            return cable.host();
        }

        @Override
        public String describe() {
            return "pipe:host";
        }
    }
}
