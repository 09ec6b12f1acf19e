package org.kiosk.platform.sim;

import org.apache.catalina.connector.Connector;
import org.kiosk.calendar.CheckInWindow;
import org.kiosk.calendar.WorkingCalendars;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The simulator's Spring configuration; {@link PlatformSimulator} starts it with its settings and test CA. Its
 * auto-configuration is named rather than found on the class path, so that the simulator is the same alone and inside a
 * kiosk (which brings actuator, metrics and telemetry it must not start twice). Boot's error page is left out: every
 * error is a problem document from {@link ProblemAdvice}, and a reply the fault injection cuts short must end with the
 * connection closed, not with an error page appended.
 */
@SpringBootConfiguration
@ComponentScan
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        LifecycleAutoConfiguration.class, SslAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class})
class PlatformSimApplication {

    static final String DATABASE = "platform.db";
    /** The kiosk's default window (the calendar module's): from 30 minutes before the slot until 15 minutes after its start. */
    static final CheckInWindow CHECK_IN_WINDOW = new CheckInWindow(Duration.ofMinutes(30), Duration.ofMinutes(15));

    @Bean(destroyMethod = "close")
    Store store(SimulatorSettings settings) throws IOException {
        return new Store(settings.dataDir().resolve(DATABASE));
    }

    @Bean
    Catalogue catalogue() {
        return Catalogue.seeded();
    }

    @Bean
    FaultInjector faultInjector() {
        return new FaultInjector();
    }

    @Bean
    Clock clock(SimulatorSettings settings) {
        return settings.clock();
    }

    @Bean
    SigningKeys signingKeys(Store store, Clock clock) {
        return new SigningKeys(store, clock);
    }

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays(WorkingCalendars.bundled());
    }

    @Bean
    Applications applications(Store store, Catalogue catalogue, WorkingDays workingDays, CodeIssuer codes, FaultInjector faults, JsonMapper json,
                              Clock clock) {
        return new Applications(store, catalogue, new CommittedDates(workingDays), codes, faults, json, clock);
    }

    @Bean
    Appointments appointments(Store store, Catalogue catalogue, WorkingDays workingDays, CodeIssuer codes, Clock clock) {
        return new Appointments(store, catalogue, workingDays, codes, CHECK_IN_WINDOW, clock);
    }

    @Bean
    Authorisations authorisations(CodeIssuer codes, Clock clock) {
        return new Authorisations(codes, clock);
    }

    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(FaultInjector faults, Store store, JsonMapper json, Clock clock) {
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard(faults, store, json, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The developer listener: plain HTTP bound to 127.0.0.1 only, beside the mutual-TLS one. */
    @Bean
    DevListener devListener(SimulatorSettings settings) {
        return new DevListener(settings);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> devConnector(DevListener listener) {
        return factory -> listener.connector().ifPresent(factory::addAdditionalConnectors);
    }

    /** Holds the developer listener's connector so its port can be read once started. */
    static final class DevListener {
        private final Connector connector;

        DevListener(SimulatorSettings settings) {
            if (settings.dev()) {
                connector = new Connector("HTTP/1.1");
                connector.setPort(settings.devPort());
                connector.setProperty("address", "127.0.0.1");
            } else {
                connector = null;
            }
        }

        Optional<Connector> connector() {
            return Optional.ofNullable(connector);
        }
    }
}
