package org.kiosk.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipeTransportTest {

    @Test
    void carriesBytesInOrderAndGrowsPastItsInitialBuffer() throws Exception {
        PipeTransport.Cable cable = PipeTransport.cable();
        cable.host().open();
        cable.device().open();
        byte[] big = new byte[10_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        cable.host().write(big);
        assertThat(cable.device().readFully(big.length, Duration.ofSeconds(1))).isEqualTo(big);
    }

    @Test
    void readTimesOutWhenNothingArrives() throws Exception {
        PipeTransport.Cable cable = PipeTransport.cable();
        cable.host().open();
        assertThatThrownBy(() -> cable.host().readFully(1, Duration.ofMillis(50))).isInstanceOf(TransportTimeoutException.class);
    }

    @Test
    void unpluggingBreaksBothEndsUntilReopenedAfterPlugIn() throws Exception {
        PipeTransport.Cable cable = PipeTransport.cable();
        cable.host().open();
        cable.device().open();
        cable.unplug();
        assertThatThrownBy(() -> cable.host().write(new byte[] {1})).hasMessageContaining("unplugged");
        assertThatThrownBy(() -> cable.host().open()).hasMessageContaining("no device");
        cable.plugIn();
        assertThatThrownBy(() -> cable.host().write(new byte[] {1})).hasMessageContaining("unplugged");
        cable.host().open();
        cable.device().open();
        cable.host().write(new byte[] {7});
        assertThat(cable.device().readFully(1, Duration.ofSeconds(1))).containsExactly(7);
    }
}
