package org.talentbridge.account.token;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Now" for issuing, expiring and rate-limiting tokens: the application's {@link Clock} bean if there is one, the
 * system clock otherwise. Tests move it to the second of an expiry.
 */
@Component
public class ApiTokenClock {

    private volatile Clock clock;

    ApiTokenClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Tests only. */
    void use(Clock clock) {
        this.clock = clock;
    }
}
