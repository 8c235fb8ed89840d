package org.talentbridge.casework.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** Times as the API writes them: ISO-8601 with the server's offset (Asia/Shanghai in production), to the millisecond. */
final class ApiTimes {

    private ApiTimes() {
    }

    static OffsetDateTime of(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime of(Date date) {
        return date == null ? null : of(date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime());
    }
}
