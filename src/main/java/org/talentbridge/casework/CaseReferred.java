package org.talentbridge.casework;

/**
 * The integrity officer referred a flagged case for investigation (issue 6): the case is held and waits for the
 * investigation's outcome. Published inside the referral's transaction; the investigation module opens a case.
 */
public record CaseReferred(String caseNumber, String reason) {
}
