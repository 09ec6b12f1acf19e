package org.kiosk.app.ops;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kiosk.app.config.PlatformProperties;
import org.kiosk.device.Device;
import org.kiosk.platform.client.ApplicationSubmitter;
import org.kiosk.platform.client.PlatformClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The platform client as configured under {@code kiosk.platform.*}, what the outbox submits through (the client with
 * each result counted), and the heartbeat sender; none exists while {@code kiosk.platform.url} is unset.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kiosk.platform.url")
public class HeartbeatConfiguration {

    @Bean
    PlatformClient platformClient(PlatformProperties platform) throws IOException {
        PlatformClient.Builder builder = PlatformClient.builder(platform.url());
        if ("http".equals(platform.url().getScheme())) {
            return builder.plainHttp().build();
        }
        return builder.mutualTls(platform.keyStore(), platform.keyStorePassword().toCharArray(), platform.trustStore(),
                platform.trustStorePassword().toCharArray()).build();
    }

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
