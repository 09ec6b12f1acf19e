package org.kiosk.sim.fingerprint;

import org.kiosk.sim.BytePipe;
import org.kiosk.sim.Hex;

import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** An emulator on a pair of {@link BytePipe}s and the host's end of them. */
final class ModuleHost implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    private final BytePipe toModule = new BytePipe();
    private final BytePipe fromModule = new BytePipe();
    private final FingerprintModuleEmulator emulator;

    private ModuleHost(UnaryOperator<FingerprintModuleEmulator.Builder> settings) {
        emulator = settings.apply(FingerprintModuleEmulator.builder().streams(toModule.input(), fromModule.output()))
                .build();
        emulator.start();
    }

    static ModuleHost start() {
        return new ModuleHost(b -> b);
    }

    static ModuleHost start(UnaryOperator<FingerprintModuleEmulator.Builder> settings) {
        return new ModuleHost(settings);
    }

    FingerprintModuleEmulator emulator() {
        return emulator;
    }

    void send(byte[] bytes) throws IOException {
        toModule.output().write(bytes);
    }

    void send(String hex) throws IOException {
        send(Hex.hex(hex));
    }

    /** Sends a command packet and returns the whole acknowledge. */
    byte[] exchange(String command) throws IOException, InterruptedException {
        send(command);
        return readPacket();
    }

    /** Sends a command packet and returns the acknowledge in hex. */
    String ask(String command) throws IOException, InterruptedException {
        return Hex.hex(exchange(command));
    }

    /** One packet: the header, then as many bytes as its LEN says. */
    byte[] readPacket() throws InterruptedException {
        byte[] header = read(9);
        assertThat(Hex.hex(header).substring(0, 5)).as("start code").isEqualTo("EF 01");
        return Hex.concat(header, read(Hex.u16(header, 7)));
    }

    byte[] read(int n) throws InterruptedException {
        return fromModule.read(n, WAIT);
    }

    int available() {
        return fromModule.available();
    }

    /** GenImg and Img2Tz into {@code buffer}, both answered OK. */
    void capture(int buffer) throws IOException, InterruptedException {
        assertThat(ask(TestPackets.GEN_IMG)).isEqualTo(TestPackets.OK);
        assertThat(ask(buffer == 1 ? TestPackets.IMG_2_TZ_1 : TestPackets.IMG_2_TZ_2)).isEqualTo(TestPackets.OK);
    }

    /** DownChar into buffer 2 and the template's four data packets of 128 bytes. */
    void download(byte[] template) throws IOException, InterruptedException {
        assertThat(ask(TestPackets.DOWN_CHAR_2)).isEqualTo(TestPackets.OK);
        send(TestPackets.dataPackets(template, 128));
    }

    @Override
    public void close() {
        emulator.close();
    }
}
