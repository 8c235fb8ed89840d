package org.talentbridge.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A round's publicity: its period (both days included) and its entries. */
public record PublicityView(long id, long roundId, String roundName, OffsetDateTime publishedAt, int workingDays,
                            LocalDate periodStart, LocalDate periodEnd, List<PublicEntry> entries) {

    /** Objections are taken on {@code day}: from the first day to the last, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
