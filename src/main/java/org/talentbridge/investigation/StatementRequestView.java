package org.talentbridge.investigation;

import java.time.OffsetDateTime;

/** What the person asked for a statement sees: the question and the deadline, nothing of the investigation's record. */
public record StatementRequestView(String investigationNumber, String question, OffsetDateTime due) {
}
