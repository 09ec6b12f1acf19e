package org.kiosk.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kiosk.calendar.Region;
import org.kiosk.device.Device;
import org.kiosk.device.DeviceStatus;
import org.kiosk.device.idcard.IdCardDetail;
import org.kiosk.device.printer.PrinterDetail;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Heartbeat;
import org.kiosk.platform.model.HeartbeatAck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the platform the kiosk's status summary (device states, outbox depth, calendar data remaining, software
 * version) every interval, or as often as the platform's last acknowledgement asks. A failed heartbeat is logged and
 * counted ({@code kiosk_heartbeats_total{result}}) and the next one comes on time: the platform notices silence itself.
 */
public final class HeartbeatSender implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);

    private final PlatformClient platform;
    private final List<Device> devices;
    private final Optional<OutboxStatus> outbox;
    private final CalendarMetrics calendar;
    private final String version;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Counter sent;
    private volatile Counter failed;

    public HeartbeatSender(PlatformClient platform, List<? extends Device> devices, Optional<OutboxStatus> outbox,
                           CalendarMetrics calendar, String version, Duration interval, Clock clock) {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive, got " + interval);
        }
        this.platform = platform;
        this.devices = List.copyOf(devices);
        this.outbox = outbox;
        this.calendar = calendar;
        this.version = version;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        sent = counter(registry, "sent");
        failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("kiosk.heartbeats").description("Heartbeats to the platform, by result")
                .tag("result", result).register(registry);
    }

    /** The summary as of now; never personal data: kinds, states, error codes, counts. */
    public Heartbeat summary() {
        List<Heartbeat.DeviceSummary> summaries = new ArrayList<>();
        for (Device device : devices) {
            DeviceStatus status = device.status();
            summaries.add(new Heartbeat.DeviceSummary(device.kind().name(), status.state().name(), detail(status)));
        }
        Map<String, Long> calendarDays = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            calendarDays.put(region.name(), calendar.daysRemaining(region));
        }
        int pending = (int) Math.min(Integer.MAX_VALUE, outbox.map(OutboxStatus::depth).orElse(0L));
        return new Heartbeat(clock.instant(), version, summaries, pending, calendarDays);
    }

    /** Sends one heartbeat now. */
    public HeartbeatAck send() throws PlatformException {
        try {
            HeartbeatAck ack = platform.heartbeat(summary());
            increment(sent);
            return ack;
        } catch (PlatformException e) {
            increment(failed);
            throw e;
        }
    }

    /** Starts sending: the first heartbeat at once, then every interval. */
    public void start() {
        timer.execute(this::beat);
    }

    private void beat() {
        Duration next = interval;
        try {
            next = Duration.ofSeconds(send().nextHeartbeatSeconds());
        } catch (PlatformException e) {
            log.warn("heartbeat to the platform failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("heartbeat could not be built or sent", e);
        }
        try {
            timer.schedule(this::beat, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the kiosk is shutting down: no more heartbeats
        }
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    private static String detail(DeviceStatus status) {
        List<String> parts = new ArrayList<>();
        switch (status.detail()) {
            case PrinterDetail printer -> {
                parts.add("paper=" + Labels.of(printer.paper()));
                parts.add("cover=" + Labels.of(printer.cover()));
            }
            case IdCardDetail reader -> parts.add("card=" + Labels.of(reader.card()));
            default -> {
            }
        }
        status.error().ifPresent(error -> {
            parts.add("error=" + error.name());
            parts.add("action=" + Labels.of(error.action()));
        });
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
