package org.talentbridge.shared.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one "now" (issue 14.3): the system clock in the server's zone. Services take it instead of
 * falling back to a clock of their own; tests that need another day set one on the service under test.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
