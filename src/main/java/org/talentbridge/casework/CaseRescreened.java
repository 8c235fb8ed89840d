package org.talentbridge.casework;

/**
 * A screened title case was re-screened by the policy office under the active rules version and its outcome changed
 * (issue 18 item 5): the applicant is told, in the re-screening's transaction.
 */
public record CaseRescreened(String caseNumber, String applicant, boolean eligible, String rulesVersionName) {
}
