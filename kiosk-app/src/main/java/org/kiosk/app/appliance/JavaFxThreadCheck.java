package org.kiosk.app.appliance;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The touchscreen's JavaFX application thread runs a task within the timeout. Where JavaFX was never started (devices
 * only, no display) there is nothing to check.
 */
public final class JavaFxThreadCheck implements WatchdogCheck {

    @Override
    public String name() {
        return "the touchscreen's JavaFX thread";
    }

    @Override
    public boolean healthy(Duration timeout) {
        CountDownLatch answered = new CountDownLatch(1);
        try {
            Platform.runLater(answered::countDown);
        } catch (IllegalStateException notStarted) {
            return true;
        }
        try {
            return answered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
