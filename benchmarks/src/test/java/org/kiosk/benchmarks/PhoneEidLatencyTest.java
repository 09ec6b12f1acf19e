package org.kiosk.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneEidLatencyTest {

    @Test
    void optionsAndTheirDefaults() {
        assertThat(PhoneEidLatency.parse(new String[]{"--rounds", "5"})).isEqualTo(new PhoneEidLatency.Settings(5, 10, 9600));
        assertThat(PhoneEidLatency.parse(new String[]{"--baud", "115200", "--warmup", "0"}))
                .isEqualTo(new PhoneEidLatency.Settings(50, 0, 115200));
        assertThatThrownBy(() -> PhoneEidLatency.parse(new String[]{"--rounds", "0"})).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PhoneEidLatency.parse(new String[]{"--baud", "-1"})).hasMessageContaining("baud must be positive");
        assertThatThrownBy(() -> PhoneEidLatency.parse(new String[]{"--speed", "1"})).hasMessageContaining("unknown option");
    }

    @Test
    void aFewRoundsOnTheRealPathIdentifyEveryCode() throws Exception {
        PhoneEidLatency.Report report = PhoneEidLatency.measure(new PhoneEidLatency.Settings(2, 1, 115200));
        assertThat(report.identified().count()).isEqualTo(2);
        assertThat(report.redemption().count()).isEqualTo(2);
        assertThat(report.codeBytes()).isGreaterThan(100);
    }
}
