package org.talentbridge.publication;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Lets tests outside this package (the screens' tests) fix "today" of the publication service. */
public final class PublicationClock {

    private PublicationClock() {
    }

    public static void at(PublicationService service, LocalDateTime time) {
        service.useClock(Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    public static void system(PublicationService service) {
        service.useClock(Clock.systemDefaultZone());
    }
}
