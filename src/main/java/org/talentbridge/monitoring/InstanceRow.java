package org.talentbridge.monitoring;

import java.util.Date;

/**
 * One process instance in the search: the case (business key), its process and version, the engine's state
 * (ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED, INTERNALLY_TERMINATED), and the applicant masked
 * (name's first character, ID number's first three and last four).
 */
public record InstanceRow(String id, String caseNumber, String processKey, String processName, int version,
                          String state, Date started, Date ended, String applicantMasked) {

    public boolean running() {
        return ended == null;
    }
}
