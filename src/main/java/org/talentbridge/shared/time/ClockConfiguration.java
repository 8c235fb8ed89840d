package org.talentbridge.shared.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * The application's one "now" (issue 14.3): the system clock in the server's zone. Services take it instead of
 * calling {@code now()} themselves; entities' creation and change times ({@code @CreatedDate},
 * {@code @LastModifiedDate}) come from it through Spring Data's auditing. Tests that need another day set one on
 * the service under test.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = ClockConfiguration.DATE_TIMES)
class ClockConfiguration {

    static final String DATE_TIMES = "clockDateTimes";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean(DATE_TIMES)
    DateTimeProvider clockDateTimes(Clock clock) {
        return () -> Optional.of(OffsetDateTime.now(clock));
    }
}
