package org.kiosk.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.mrz.MrzParser;
import org.kiosk.sim.passport.Pcscd;

/** The simulated passport reader's test passports, and the kiosk running on without it when pcscd cannot start. */
class SimulatedPassportTest {

    @Test
    void everyTestPassportsZoneIsAValidPassportZone() throws Exception {
        for (String holder : SimulatedPassport.holders()) {
            assertThat(MrzParser.parse(SimulatedPassport.zone(holder)).documentCode()).as(holder).isEqualTo("P");
        }
        assertThatThrownBy(() -> SimulatedPassport.zone("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample");
    }

    @Test
    void withPcscdAlreadyTakenTheSimulationRunsWithoutAReader(@TempDir Path dir) throws Exception {
        try (Pcscd other = Pcscd.start()) {
            SimulatedPassport absent = SimulatedPassport.startOrAbsent(dir.resolve("csca"));
            assertThat(absent.running()).isFalse();
            assertThat(absent.trustStore()).isEmpty();
            EmulatorControl control = new EmulatorControl(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(absent), Optional.empty(), Optional.empty(), Optional.empty());
            assertThatThrownBy(() -> control.placePassport(SimulatedPassport.SAMPLE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("passport reader is not simulated");
            assertThatThrownBy(() -> control.scanPassportZone(SimulatedPassport.SAMPLE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("QR scanner is not simulated");
            absent.close();
            assertThat(other.isRunning()).isTrue();
        }
    }
}
