package org.talentbridge.casework;

import java.time.OffsetDateTime;
import org.talentbridge.shared.policy.TitleLevel;

/** A case as lists and pages show it; the applicant's ID number is masked. */
public record CaseSummary(String caseNumber, String applicantName, String applicantIdMasked, String occupationName,
                          String series, TitleLevel targetLevel, CaseStatus status, OffsetDateTime submittedAt,
                          String roundName) {
}
