package org.kiosk.app.ops;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The kiosk has a platform client: the configured platform ({@code kiosk.platform.url}) or the simulated one
 * ({@code kiosk.simulation.platform=true}). Judged on properties, not on the client bean, so that it does not depend
 * on the order in which configurations are read.
 */
class PlatformConnected extends AnyNestedCondition {

    PlatformConnected() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty("kiosk.platform.url")
    static class Configured {
    }

    @ConditionalOnProperty(name = "kiosk.simulation.platform", havingValue = "true")
    static class Simulated {
    }
}
