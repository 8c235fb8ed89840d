package org.talentbridge.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.casework.CaseRescreened;
import org.talentbridge.skilleval.SkillCaseRescreened;

/**
 * Tells applicants whose decided case the policy office re-screened under a new rules version, and whose outcome
 * changed (issue 18 item 5), in the re-screening's transaction.
 */
@Component
class RescreeningNotifications {

    private final Notifier notifier;

    RescreeningNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(CaseRescreened e) {
        notifier.notify(List.of(e.applicant()), draft(e.caseNumber(), e.eligible(), e.rulesVersionName(), "cases/"));
    }

    @EventListener
    void on(SkillCaseRescreened e) {
        notifier.notify(List.of(e.applicant()), draft(e.caseNumber(), e.eligible(), e.rulesVersionName(), "skill/cases/"));
    }

    private static Notifier.Draft draft(String caseNumber, boolean eligible, String version, String link) {
        return new Notifier.Draft(NotificationKind.CASE_RESCREENED, caseNumber,
                eligible ? "notification.caseRescreenedEligible" : "notification.caseRescreenedNotEligible",
                List.of(NotificationText.text(caseNumber), NotificationText.text(version)), link + caseNumber, null);
    }
}
