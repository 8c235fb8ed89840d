package org.talentbridge.investigation;

import java.time.OffsetDateTime;

/** A staff member who handled a case of a confirmed finding, and the follow-up recorded (issue 6, item 3). */
public record AccountabilityRow(long id, String investigationNumber, String caseNumber, String username,
                                String displayName, String involvement, String followUp, String followedUpBy,
                                OffsetDateTime followedUpAt) {
}
