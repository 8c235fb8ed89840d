package org.talentbridge.casework;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.casefile.CaseReadAccess;

/** A title case's file is readable by whoever may read the case page ({@link TitleCaseService#maySee}). */
@Component
class CaseFileReadAccess implements CaseReadAccess {

    private final TitleCaseRepository cases;
    private final CurrentUser currentUser;

    CaseFileReadAccess(TitleCaseRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).filter(c -> TitleCaseService.maySee(currentUser.require(), c)).isPresent();
    }
}
