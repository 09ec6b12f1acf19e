package org.kiosk.app.ui.headless;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ResultScreen;

/**
 * The figure {@code scripts/bench-ui memory} reports: the kiosk's memory over many complete scripted sessions (card
 * read, consent refused, form, submitted to the platform, receipt printed, rating, wipe), measured after a full
 * collection every 100 sessions. Fails if the heap after the last session exceeds the heap after the warm-up by more
 * than {@value #ALLOWED_GROWTH_MB} MB: what one session leaves behind would add up over a kiosk's day.
 */
public final class SessionMemoryBenchmark extends ApplicationJourney {

    /** {@code -Dkiosk.bench.sessions=N} changes the number of sessions. */
    static final int SESSIONS = Integer.getInteger("kiosk.bench.sessions", 500);
    private static final int WARMUP = 20;
    private static final int ALLOWED_GROWTH_MB = 16;

    @Override
    public String name() {
        return "bench-memory";
    }

    @Override
    public String description() {
        return "memory after many complete scripted sessions (no growth)";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.screenshots(false);
        c.simulation().paperOut(false);
        for (int i = 0; i < WARMUP; i++) {
            session(c);
        }
        long baseHeap = settledHeap();
        long baseRss = residentKb();
        c.out().printf("after %d warm-up sessions: heap %.1f MB, resident %.1f MB%n", WARMUP, baseHeap / 1e6, baseRss / 1e3);
        List<Long> heaps = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            session(c);
            if (i % 100 == 0 || i == SESSIONS) {
                long heap = settledHeap();
                heaps.add(heap);
                c.out().printf("after %d sessions: heap %.1f MB, resident %.1f MB%n", i, heap / 1e6, residentKb() / 1e3);
            }
        }
        long growth = heaps.getLast() - baseHeap;
        c.out().printf("heap growth over %d sessions: %.1f MB (%.1f kB per session)%n", SESSIONS, growth / 1e6,
                growth / 1e3 / SESSIONS);
        c.screenshots(true);
        c.ui().reset();
        if (growth > ALLOWED_GROWTH_MB * 1_000_000L) {
            throw new JourneyFailure(String.format("the heap grew by %.1f MB over %d sessions", growth / 1e6, SESSIONS));
        }
    }

    private void session(JourneyContext c) throws Exception {
        chooseMatter(c, UiLanguage.SIMPLIFIED_CHINESE, FUND_MATTER);
        readCard(c, ResidentFingerprintJourney.CARD);
        c.press("consent-refuse");
        fillForm(c);
        submit(c, ResultScreen.ID);
        finish(c);
    }

    private static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The process's resident set (Linux), or -1 where /proc is not there. */
    private static long residentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }
}
