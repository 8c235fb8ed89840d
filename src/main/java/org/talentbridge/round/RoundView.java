package org.talentbridge.round;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as other modules and screens see it.
 *
 * @param voteQuorum the committee vote's quorum as a share of the panel (n/d), null for the default
 * @param votePass   the share of the panel that must vote agree (n/d), null for the default
 */
public record RoundView(Long id, int year, String name, List<String> series, LocalDate referenceDate,
                        LocalDate intakeOpens, LocalDate intakeCloses, int correctionDays, int reviewSlaWorkingDays,
                        String voteQuorum, String votePass) {

    /** Open for applications on {@code day} (both ends of the intake window inclusive). */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(intakeOpens) && !day.isAfter(intakeCloses);
    }

    /** Covers the series; an unlisted occupation (no series yet) fits any round. */
    public boolean covers(String seriesName) {
        return seriesName == null || series.contains(seriesName);
    }
}
