package org.kiosk.app.appointments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.sim.PlatformSimulator;

/** The platform simulator in-process on loopback, on a clock the test moves, with one enrolled kiosk's client. */
public final class SimulatedPlatform implements AutoCloseable {

    public static final String CENTRE = "GZ-TH-01";
    public static final String SOCIAL_INSURANCE = "1144010000749982812000110003000";
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public final TestClock clock;
    public final PlatformSimulator simulator;
    public final PlatformClient client;

    public SimulatedPlatform(Path dir, Instant start) throws Exception {
        clock = new TestClock(start);
        simulator = PlatformSimulator.start(PlatformSimulator.Options.forTest(dir.resolve("platform")).withClock(clock));
        char[] password = "kiosk-store".toCharArray();
        Path keys = simulator.enrolKiosk("kiosk-appointments", dir.resolve("kiosk.p12"), password);
        client = simulator.client(keys, password).build();
    }

    @Override
    public void close() {
        simulator.close();
    }

    /** A clock the test sets by hand; the simulator and the kiosk's client both read it. */
    public static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
