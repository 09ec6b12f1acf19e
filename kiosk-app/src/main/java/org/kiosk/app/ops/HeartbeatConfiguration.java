package org.kiosk.app.ops;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kiosk.device.Device;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.kiosk.platform.client.PlatformClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * What the outbox submits through (the platform client with each result counted) and the heartbeat sender, over
 * whichever platform client the kiosk has: the configured one or the simulated stack's. Neither exists without one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PlatformConnected.class)
public class HeartbeatConfiguration {

    /** What the outbox submits through: the platform client, each attempt's result counted. */
    @Bean
    @Primary
    ApplicationSubmitter meteredSubmitter(PlatformClient platform, SubmissionRecorder recorder) {
        return new MeteredSubmitter(platform, recorder);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    HeartbeatSender heartbeatSender(PlatformClient platform, List<Device> devices, ObjectProvider<OutboxStatus> outbox,
                                    CalendarMetrics calendar, OpsProperties ops) {
        return new HeartbeatSender(platform, devices, Optional.ofNullable(outbox.getIfAvailable()), calendar,
                BuildInfoMetrics.applicationVersion(), ops.heartbeatInterval(), Clock.systemUTC());
    }
}
