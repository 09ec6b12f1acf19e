package org.kiosk.app.ops;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data fetched from the platform in the background (the catalogue, the calendars): at once, then every interval. When
 * the platform did not answer, the next try comes sooner, after one minute and then twice as long each time up to the
 * interval, so that a kiosk started during a network outage has fresh data minutes after the network is back rather
 * than hours.
 */
public final class PlatformRefresh implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformRefresh.class);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    private final String what;
    private final BooleanSupplier refresh;
    private final Duration interval;
    private final Duration firstRetry;
    private final ScheduledExecutorService scheduler;
    private Duration retry;

    /**
     * @param what     what is refreshed, for the thread's name and the log ("catalogue")
     * @param refresh  one refresh; false when the platform did not answer
     * @param interval the time between refreshes that went through
     */
    public PlatformRefresh(String what, BooleanSupplier refresh, Duration interval) {
        this(what, refresh, interval, FIRST_RETRY);
    }

    /** Without a platform connection: nothing is fetched. */
    public static PlatformRefresh none(String what) {
        return new PlatformRefresh(what);
    }

    private PlatformRefresh(String what) {
        this.what = what;
        this.refresh = null;
        this.interval = null;
        this.firstRetry = null;
        this.scheduler = null;
    }

    PlatformRefresh(String what, BooleanSupplier refresh, Duration interval, Duration firstRetry) {
        this.what = Objects.requireNonNull(what, "what");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.firstRetry = firstRetry.compareTo(interval) < 0 ? firstRetry : interval;
        this.retry = this.firstRetry;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, what + "-refresh");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::run);
    }

    private void run() {
        boolean answered;
        try {
            answered = refresh.getAsBoolean();
        } catch (RuntimeException e) {
            log.error("The {} refresh failed, the data in use stays", what, e);
            answered = true;
        }
        Duration next;
        if (answered) {
            retry = firstRetry;
            next = interval;
        } else {
            next = retry;
            retry = retry.multipliedBy(2).compareTo(interval) < 0 ? retry.multipliedBy(2) : interval;
            log.info("The platform did not answer the {} refresh; the next try is in {}", what, next);
        }
        try {
            scheduler.schedule(this::run, next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the kiosk is stopping
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
