package org.talentbridge.skilleval;

/**
 * A skill case moved (pathway S), announced in the transaction that moved it: the notifications tell the applicant.
 *
 * @param applicant the applicant's username
 * @param reason    the reason given (a stop), or null
 */
public record SkillCaseStatusChanged(String caseNumber, String applicant, SkillCaseStatus status, String reason) {
}
