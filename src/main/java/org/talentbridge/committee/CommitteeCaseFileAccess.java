package org.talentbridge.committee;

import org.springframework.stereotype.Component;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.casefile.CaseReadAccess;

/**
 * A committee member reads the case files of the cases on the panels they sit on now (issue 15: each member sees the
 * files before scoring), and no other case's. Through the member's own ballot sheets, so the seat rules are one.
 */
@Component
class CommitteeCaseFileAccess implements CaseReadAccess {

    private final PanelVoteService votes;
    private final CurrentUser currentUser;

    CommitteeCaseFileAccess(PanelVoteService votes, CurrentUser currentUser) {
        this.votes = votes;
        this.currentUser = currentUser;
    }

    @Override
    public boolean mayRead(String caseNumber) {
        if (!currentUser.require().hasRole(Role.COMMITTEE_MEMBER)) {
            return false;
        }
        return votes.myPanels().stream().anyMatch(p -> votes.sheet(p.drawId()).ballots().stream()
                .anyMatch(b -> b.caseNumber().equals(caseNumber)));
    }
}
