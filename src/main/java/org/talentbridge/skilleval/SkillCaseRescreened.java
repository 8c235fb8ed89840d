package org.talentbridge.skilleval;

/**
 * A decided skill case was re-screened by the policy office under the active rules version and its outcome changed
 * (issue 18 item 5): the applicant is told, in the re-screening's transaction.
 */
public record SkillCaseRescreened(String caseNumber, String applicant, boolean eligible, String rulesVersionName) {
}
