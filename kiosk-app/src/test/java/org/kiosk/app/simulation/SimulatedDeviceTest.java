package org.kiosk.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An emulator that cannot start leaves an unplugged device behind, not a kiosk that cannot start. */
class SimulatedDeviceTest {

    @Test
    void anEmulatorThatFailsToStartLeavesAPortWithNothingOnIt() throws Exception {
        SimulatedDevice<AutoCloseable> device = SimulatedDevice.startOrUnplugged("printer", path -> {
            throw new IOException("no pty for the emulator");
        });
        assertThat(device.running()).isEmpty();
        assertThat(Files.exists(Path.of(device.serialPort()))).isFalse();
        assertThatThrownBy(device::emulator).isInstanceOf(IllegalStateException.class).hasMessageContaining("did not start");
        device.close();
    }

    @Test
    void anEmulatorThatStartsIsReachedThroughItsPty() throws Exception {
        try (SimulatedDevice<AutoCloseable> device = SimulatedDevice.startOrUnplugged("printer", path -> () -> { })) {
            assertThat(device.running()).isPresent();
            assertThat(Files.exists(Path.of(device.serialPort()))).isTrue();
        }
    }
}
