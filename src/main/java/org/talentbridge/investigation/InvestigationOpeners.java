package org.talentbridge.investigation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.casework.CaseReferred;
import org.talentbridge.publication.ObjectionLodged;

/** Objections and referrals open investigations, in the transaction that lodged or referred them (issue 6, item 1). */
@Component
class InvestigationOpeners {

    private final InvestigationOpening investigations;

    InvestigationOpeners(InvestigationOpening investigations) {
        this.investigations = investigations;
    }

    @EventListener
    void on(ObjectionLodged event) {
        investigations.openFromObjection(event.caseNumber(), event.objectionId());
    }

    @EventListener
    void on(CaseReferred event) {
        investigations.openFromReferral(event.caseNumber(), event.reason());
    }
}
