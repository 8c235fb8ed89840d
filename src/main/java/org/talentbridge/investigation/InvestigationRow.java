package org.talentbridge.investigation;

import java.time.OffsetDateTime;

/** One investigation in the officers' list: the person's ID number masked. */
public record InvestigationRow(String number, InvestigationSource source, String personName, String personIdMasked,
                               InvestigationStatus status, OffsetDateTime openedAt, String taskName, String assignee) {
}
