package org.kiosk.app.ops;

import java.io.IOException;
import org.kiosk.app.config.PlatformProperties;
import org.kiosk.platform.client.PlatformClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform client as configured under {@code kiosk.platform.*}; none while {@code kiosk.platform.url} is unset (the
 * simulated stack brings its own, see {@code SimulatedPlatformConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("kiosk.platform.url")
public class PlatformClientConfiguration {

    @Bean
    PlatformClient platformClient(PlatformProperties platform) throws IOException {
        PlatformClient.Builder builder = PlatformClient.builder(platform.url());
        if ("http".equals(platform.url().getScheme())) {
            return builder.plainHttp().build();
        }
        return builder.mutualTls(platform.keyStore(), platform.keyStorePassword().toCharArray(), platform.trustStore(),
                platform.trustStorePassword().toCharArray()).build();
    }
}
