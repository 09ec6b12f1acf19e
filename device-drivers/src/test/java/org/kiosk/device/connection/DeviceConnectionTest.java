package org.kiosk.device.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.kiosk.device.transport.PipeTransport;
import org.kiosk.device.transport.Transport;
import org.kiosk.device.transport.TransportException;

class DeviceConnectionTest {

    /** A device that answers every byte with 0x06, for as long as it is told to run. */
    private static Thread answeringDevice(PipeTransport.Cable cable, AtomicBoolean answering) {
        Thread t = new Thread(() -> {
            byte[] b = new byte[64];
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (!cable.device().isOpen()) {
                        cable.device().open();
                    }
                    int n = cable.device().read(b, 0, b.length, Duration.ofMillis(50));
                    if (answering.get()) {
                        for (int i = 0; i < n; i++) {
                            cable.device().write(new byte[] {0x06});
                        }
                    }
                } catch (TransportException e) {
                    sleep(10);
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Object ping(Transport t) throws TransportException {
        t.discardInput();
        t.write(new byte[] {0x05});
        byte[] answer = t.readFully(1, Duration.ofMillis(300));
        if (answer[0] != 0x06) {
            throw new TransportException("unexpected answer");
        }
        return null;
    }

    @Test
    void reconnectsByItselfAfterUnplugAndAfterAPeerThatStoppedAnswering() throws Exception {
        PipeTransport.Cable cable = PipeTransport.cable();
        AtomicBoolean answering = new AtomicBoolean(true);
        Thread device = answeringDevice(cable, answering);
        List<String> losses = new CopyOnWriteArrayList<>();
        try (DeviceConnection c = new DeviceConnection("printer", cable::host, DeviceConnectionTest::ping,
                Duration.ofMillis(50), new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)), losses::add)) {
            c.start();
            awaitConnected(c, true);
            assertThat(c.call(DeviceConnectionTest::ping)).isNull();

            cable.unplug();
            awaitConnected(c, false);
            assertThatThrownBy(() -> c.call(DeviceConnectionTest::ping)).isInstanceOf(NotConnectedException.class);
            assertThat(losses).hasSize(1);

            cable.plugIn();
            awaitConnected(c, true);

            answering.set(false);
            awaitConnected(c, false);
            assertThat(losses).hasSize(2);
            answering.set(true);
            awaitConnected(c, true);
        } finally {
            device.interrupt();
        }
    }

    @Test
    void aDeviceThatIsAbsentFromTheStartIsReportedLostOnceWhileRetrying() throws Exception {
        PipeTransport.Cable cable = PipeTransport.cable();
        cable.unplug();
        List<String> losses = new CopyOnWriteArrayList<>();
        try (DeviceConnection c = new DeviceConnection("printer", cable::host, DeviceConnectionTest::ping,
                Duration.ofMillis(50), new Backoff(Duration.ofMillis(10), Duration.ofMillis(20)), losses::add)) {
            c.start();
            Thread.sleep(200);
            assertThat(c.isConnected()).isFalse();
            assertThat(losses).hasSize(1).allMatch(r -> r.contains("no device"));
        }
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400));
        assertThat(b.nextDelay().toMillis()).isBetween(80L, 120L);
        assertThat(b.nextDelay().toMillis()).isBetween(160L, 240L);
        assertThat(b.nextDelay().toMillis()).isBetween(320L, 480L);
        assertThat(b.nextDelay().toMillis()).isBetween(320L, 480L);
        b.reset();
        assertThat(b.nextDelay().toMillis()).isBetween(80L, 120L);
    }

    static void awaitConnected(DeviceConnection c, boolean expected) throws InterruptedException {
        for (int i = 0; i < 500 && c.isConnected() != expected; i++) {
            Thread.sleep(10);
        }
        assertThat(c.isConnected()).as("connected").isEqualTo(expected);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
