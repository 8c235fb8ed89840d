package org.talentbridge.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An objection as the integrity officer reads it (the objector's ID number masked), with its due date. */
public record ObjectionView(long id, String caseNumber, String maskedName, String series, String objectorName,
                            String objectorIdMasked, String phone, String email, String statement,
                            OffsetDateTime submittedAt, LocalDate dueDate, boolean overdue, ObjectionStatus status,
                            String answer, String answeredBy, OffsetDateTime answeredAt, List<EvidenceInfo> files) {
}
