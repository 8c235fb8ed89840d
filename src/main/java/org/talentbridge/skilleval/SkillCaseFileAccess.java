package org.talentbridge.skilleval;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casefile.CaseReadAccess;

/**
 * A skill case's file (issue 15 item 7) is readable by its applicant, the evaluators of the organisation the case was
 * routed to, integrity officers and administrators: {@link SkillCaseService#mayReadFile}. Anyone else reads nothing,
 * exactly as for a case number that does not exist.
 */
@Component
class SkillCaseFileAccess implements CaseReadAccess {

    private final SkillCaseService cases;

    SkillCaseFileAccess(SkillCaseService cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(String caseNumber) {
        return caseNumber != null && caseNumber.startsWith("JN") && cases.mayReadFile(caseNumber);
    }
}
