package org.kiosk.app.appliance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Under systemd ({@code NOTIFY_SOCKET} set, which the kiosk service's {@code Type=notify} does): READY=1 once the
 * kiosk accepts citizens, then the watchdog fed while the application is live and the touchscreen's thread answers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${NOTIFY_SOCKET:}'.isBlank()")
public class ApplianceConfiguration {

    @Bean(destroyMethod = "close")
    SystemdWatchdog systemdWatchdog(Environment environment, ApplicationAvailability availability) {
        Map<String, String> variables = new HashMap<>();
        for (String name : List.of("NOTIFY_SOCKET", "WATCHDOG_USEC")) {
            String value = environment.getProperty(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(variables).orElseThrow();
        return new SystemdWatchdog(notifier, SystemdWatchdog.timeoutFromEnvironment(variables),
                List.of(liveness(availability), new JavaFxThreadCheck()));
    }

    @Bean
    ReadinessNotification readinessNotification(SystemdWatchdog watchdog) {
        return new ReadinessNotification(watchdog);
    }

    private static WatchdogCheck liveness(ApplicationAvailability availability) {
        return new WatchdogCheck() {
            @Override
            public String name() {
                return "the application's liveness";
            }

            @Override
            public boolean healthy(Duration timeout) {
                return availability.getLivenessState() == LivenessState.CORRECT;
            }
        };
    }

    /** Sends READY=1 when Spring Boot declares the kiosk ready for traffic. */
    static final class ReadinessNotification {

        private final SystemdWatchdog watchdog;

        ReadinessNotification(SystemdWatchdog watchdog) {
            this.watchdog = watchdog;
        }

        @EventListener
        void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                watchdog.ready();
            }
        }
    }
}
