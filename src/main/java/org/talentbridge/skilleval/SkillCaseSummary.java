package org.talentbridge.skilleval;

import java.time.OffsetDateTime;
import org.talentbridge.shared.policy.SkillLevel;

/** A skill evaluation case in lists (the ID number masked). */
public record SkillCaseSummary(String caseNumber, String applicantName, String applicantIdMasked, String occupationName,
                               SkillLevel targetLevel, SkillCaseStatus status, OrganisationKind channel,
                               String organisationName, OffsetDateTime submittedAt) {
}
