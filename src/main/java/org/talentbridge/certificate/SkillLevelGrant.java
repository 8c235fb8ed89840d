package org.talentbridge.certificate;

import org.talentbridge.shared.policy.SkillLevel;

/**
 * What granting a skill case certifies, brought by the skill evaluation module (which owns the case and its
 * organisation) so that this module reads none of its tables (issue 14).
 *
 * @param holderIdNumber the holder's full ID number (the certificate keeps it masked)
 * @param passed         whether the case passed its assessment (a grant of one that did not is refused)
 * @param organisation   the evaluating organisation's name, the issuing body in the applicant's record
 */
public record SkillLevelGrant(String caseNumber, Long holderAccountId, String holderName, String holderIdNumber,
                              String occupation, SkillLevel level, boolean passed, String organisation) {
}
