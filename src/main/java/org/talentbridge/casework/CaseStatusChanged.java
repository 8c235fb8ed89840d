package org.talentbridge.casework;

import java.util.Date;

/**
 * A title case moved to another stage. Published inside the transaction that moved it, so listeners that write
 * (in-app notifications) commit or roll back with the move; mail goes out only after commit.
 *
 * @param applicant the applicant's username
 * @param reason    the reason given by whoever decided (returned, rejected, withdrawn), or null
 * @param deadline  the end of the correction period for a returned case, otherwise null
 */
public record CaseStatusChanged(String caseNumber, String applicant, CaseStatus status, String reason, Date deadline) {
}
