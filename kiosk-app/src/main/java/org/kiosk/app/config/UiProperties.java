package org.kiosk.app.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The citizen's touchscreen: {@code kiosk.ui.*}. The limits come from CITIZEN.md (WCAG 2.2.1: at least 20 s to
 * extend with one touch, at least 10 extensions).
 *
 * @param enabled             {@code kiosk.ui.enabled}: open the touchscreen (off: devices only)
 * @param idleBeforeWarning   {@code kiosk.ui.idle-before-warning}: how long without a touch before the warning shows
 * @param warningCountdown    {@code kiosk.ui.warning-countdown}: how long the warning counts down before the visit
 *                            ends and everything personal is wiped
 * @param maxExtensions       {@code kiosk.ui.max-extensions}: how many times one visit may be extended
 * @param cardRemovalDuration {@code kiosk.ui.card-removal-duration}: how long "please take your card" stays up
 * @param width               {@code kiosk.ui.width}: the screen's width in dp
 * @param height              {@code kiosk.ui.height}: the screen's height in dp
 */
@ConfigurationProperties("kiosk.ui")
public record UiProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") Duration idleBeforeWarning,
        @DefaultValue("30s") Duration warningCountdown,
        @DefaultValue("10") int maxExtensions,
        @DefaultValue("15s") Duration cardRemovalDuration,
        @DefaultValue("1920") int width,
        @DefaultValue("1080") int height) {

    public UiProperties {
        if (idleBeforeWarning.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("kiosk.ui.idle-before-warning must be at least 10s (e.g. 60s)");
        }
        if (warningCountdown.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("kiosk.ui.warning-countdown must be at least 20s (WCAG 2.2.1; e.g. 30s)");
        }
        if (maxExtensions < 10) {
            throw new IllegalArgumentException("kiosk.ui.max-extensions must be at least 10 (WCAG 2.2.1)");
        }
        if (cardRemovalDuration.isNegative() || cardRemovalDuration.isZero()) {
            throw new IllegalArgumentException("kiosk.ui.card-removal-duration must be positive (e.g. 15s)");
        }
        if (width < 800 || height < 600) {
            throw new IllegalArgumentException("kiosk.ui.width and kiosk.ui.height must be at least 800 x 600");
        }
    }

    /** The defaults, as a kiosk without configuration runs. */
    public static UiProperties defaults() {
        return new UiProperties(true, Duration.ofSeconds(60), Duration.ofSeconds(30), 10, Duration.ofSeconds(15), 1920, 1080);
    }
}
