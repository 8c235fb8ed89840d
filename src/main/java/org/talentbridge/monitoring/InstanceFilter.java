package org.talentbridge.monitoring;

import java.time.LocalDate;

/**
 * The instance search: every part optional. {@code caseNumber} matches part of the business key; {@code applicant}
 * is the applicant's account name; {@code startedFrom}/{@code startedTo} are inclusive days.
 */
public record InstanceFilter(String caseNumber, String applicant, String processKey, InstanceState state,
                             LocalDate startedFrom, LocalDate startedTo) {

    public static InstanceFilter none() {
        return new InstanceFilter(null, null, null, null, null, null);
    }

    public static InstanceFilter caseNumber(String caseNumber) {
        return new InstanceFilter(caseNumber, null, null, null, null, null);
    }
}
