package org.kiosk.app.ui.headless;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCategory;

/**
 * The figures {@code scripts/bench-ui} reports: cold start (JVM start to the home screen shown, rendered once and
 * interactive, with the Spring context and the simulated devices), and screen transitions (a touch to the next screen
 * built, styled, laid out, and rendered to an image). Fails if no transition could be measured.
 */
public final class TransitionBenchmark implements Journey {

    private static final int WARMUP = 20;
    private static final int ROUNDS = 50;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String description() {
        return "cold start and screen transition times";
    }

    @Override
    public void run(JourneyContext c) throws Exception {
        c.ui().scene().snapshot(null);
        long coldStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        c.out().printf("cold start to interactive home: %d ms%n", coldStart);
        ServiceCategory category = c.ui().services().catalogue().categories().getFirst();
        Matter matter = category.matters().getFirst();
        List<Long> layout = new ArrayList<>();
        List<Long> rendered = new ArrayList<>();
        String[] path = {"category-" + category.id(), "matter-" + matter.id(), "matter-counter-ticket", "chrome-call-staff",
                "chrome-home"};
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            for (String button : path) {
                long start = System.nanoTime();
                c.press(button);
                long laidOut = System.nanoTime();
                c.ui().scene().snapshot(null);
                long done = System.nanoTime();
                if (round >= WARMUP) {
                    layout.add(laidOut - start);
                    rendered.add(done - start);
                }
            }
        }
        c.ui().reset();
        c.expectScreen("home");
        c.out().printf("screen transition, touch to laid out: median %.1f ms, p95 %.1f ms (%d transitions)%n",
                percentile(layout, 50), percentile(layout, 95), layout.size());
        c.out().printf("screen transition, touch to rendered frame: median %.1f ms, p95 %.1f ms%n",
                percentile(rendered, 50), percentile(rendered, 95));
    }

    private static double percentile(List<Long> nanos, int p) throws JourneyFailure {
        if (nanos.isEmpty()) {
            throw new JourneyFailure("no transition was measured");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
