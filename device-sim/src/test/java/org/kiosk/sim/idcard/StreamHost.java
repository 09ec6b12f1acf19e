package org.kiosk.sim.idcard;

import org.kiosk.sim.BytePipe;
import org.kiosk.sim.Hex;

import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** An emulator on a pair of {@link BytePipe}s and the host's end of them. */
final class StreamHost implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    private final BytePipe toReader = new BytePipe();
    private final BytePipe fromReader = new BytePipe();
    private final IdCardReaderEmulator emulator;

    private StreamHost(UnaryOperator<IdCardReaderEmulator.Builder> settings) {
        emulator = settings.apply(IdCardReaderEmulator.builder().streams(toReader.input(), fromReader.output())).build();
        emulator.start();
    }

    static StreamHost start() {
        return new StreamHost(b -> b);
    }

    static StreamHost start(UnaryOperator<IdCardReaderEmulator.Builder> settings) {
        return new StreamHost(settings);
    }

    IdCardReaderEmulator emulator() {
        return emulator;
    }

    void send(byte[] bytes) throws IOException {
        toReader.output().write(bytes);
    }

    /** Sends a command frame and returns the whole reply frame. */
    byte[] exchange(byte[] command) throws IOException, InterruptedException {
        send(command);
        return readFrame();
    }

    /** One reply frame: the header, then as many bytes as its LEN says. */
    byte[] readFrame() throws InterruptedException {
        byte[] header = read(7);
        assertThat(Hex.hex(header).substring(0, 14)).as("preamble").isEqualTo("AA AA AA 96 69");
        return Hex.concat(header, read(Hex.u16(header, 5)));
    }

    byte[] read(int n) throws InterruptedException {
        return fromReader.read(n, WAIT);
    }

    int available() {
        return fromReader.available();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
