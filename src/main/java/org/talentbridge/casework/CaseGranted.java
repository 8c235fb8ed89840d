package org.talentbridge.casework;

import org.talentbridge.account.AccountView;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A title case is granted: the certificate module issues the certificate and records the title. Published in the
 * transaction of the grant, so the certificate and the case's end commit together. It carries what the certificate
 * needs, so that no listener reads the case back (issue 14).
 *
 * @param applicantIdNumber the holder's full ID number (the certificate keeps it masked)
 * @param route             the route of the case's last screening (standard or green channel), null when none
 */
public record CaseGranted(String caseNumber, Long applicantId, String applicantName, String applicantIdNumber,
                          String series, TitleLevel level, String route) {

    static CaseGranted of(TitleCase c, AccountView applicant, String route) {
        return new CaseGranted(c.getCaseNumber(), c.getApplicantId(), applicant.displayName(), applicant.idNumber(),
                c.getSeries(), c.getTargetLevel(), route);
    }
}
