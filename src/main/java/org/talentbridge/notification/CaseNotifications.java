package org.talentbridge.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.CaseStatusChanged;
import org.talentbridge.shared.audit.AuditLog;

/**
 * Tells applicants what happened to their case, in the transaction that moved it (a move that rolls back
 * leaves no notification). Decisions, returns, lapses and withdrawals are always told. A move into a working
 * stage (employer review, series decision, qualification review …) is told only when someone other than the
 * applicant made it: the applicant who submits or resubmits sees the stage on the screen they are on, but
 * would not otherwise learn that their employer has confirmed the case. SCREENING is never told: it runs in
 * the submitting transaction and no one sees a case stay there.
 */
@Component
class CaseNotifications {

    private final Notifier notifier;

    CaseNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(CaseStatusChanged event) {
        Notifier.Draft draft = draft(event);
        if (draft != null) {
            notifier.notify(List.of(event.applicant()), draft);
        }
    }

    private Notifier.Draft draft(CaseStatusChanged e) {
        String number = NotificationText.text(e.caseNumber());
        String reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().strip();
        return switch (e.status()) {
            case CORRECTION -> draft(e, NotificationKind.CASE_RETURNED, "notification.caseReturned", number,
                    NotificationText.text(reason == null ? "" : reason), NotificationText.dateTime(e.deadline()));
            case REJECTED -> reason == null
                    ? draft(e, NotificationKind.CASE_DECIDED, "notification.caseRejectedNoReason", number)
                    : draft(e, NotificationKind.CASE_DECIDED, "notification.caseRejected", number, NotificationText.text(reason));
            case READY_FOR_COMMITTEE -> draft(e, NotificationKind.CASE_DECIDED, "notification.caseApproved", number);
            case COMPLETED -> draft(e, NotificationKind.CASE_DECIDED, "notification.caseCompleted", number);
            case LAPSED -> draft(e, NotificationKind.CASE_LAPSED, "notification.caseLapsed", number);
            case WITHDRAWN -> reason == null
                    ? draft(e, NotificationKind.CASE_WITHDRAWN, "notification.caseWithdrawnNoReason", number)
                    : draft(e, NotificationKind.CASE_WITHDRAWN, "notification.caseWithdrawn", number, NotificationText.text(reason));
            case SCREENING -> null;
            default -> e.status().isActive()
                    ? (e.applicant().equals(AuditLog.currentActor()) ? null : draft(e, NotificationKind.CASE_MOVED,
                            "notification.caseMoved", number, NotificationText.key(e.status().messageKey())))
                    : draft(e, NotificationKind.CASE_DECIDED, "notification.caseEnded", number,
                            NotificationText.key(e.status().messageKey()));
        };
    }

    private static Notifier.Draft draft(CaseStatusChanged e, NotificationKind kind, String key, String... args) {
        return new Notifier.Draft(kind, e.caseNumber(), key, List.of(args), "cases/" + e.caseNumber(), null);
    }

    /**
     * Skill cases (pathway S): the applicant hears of every outcome, and of the move to evaluation unless they made it
     * themselves (their submission screens the case in the same click).
     */
    @EventListener
    void on(org.talentbridge.skilleval.SkillCaseStatusChanged e) {
        if (e.status() == org.talentbridge.skilleval.SkillCaseStatus.EVALUATION && e.applicant().equals(AuditLog.currentActor())) {
            return;
        }
        boolean running = e.status() == org.talentbridge.skilleval.SkillCaseStatus.EVALUATION;
        notifier.notify(List.of(e.applicant()), new Notifier.Draft(running ? NotificationKind.CASE_MOVED : NotificationKind.CASE_DECIDED,
                e.caseNumber(), running ? "notification.caseMoved" : "notification.caseEnded",
                List.of(NotificationText.text(e.caseNumber()), NotificationText.key(e.status().messageKey())),
                "skill/cases/" + e.caseNumber(), null));
    }

    /**
     * Registration discloses nothing (issue 13, item 5): the owner of the ID number hears of the attempt through their
     * own account, in the registration's transaction.
     */
    @EventListener
    void on(org.talentbridge.account.RegistrationForExistingIdNumber e) {
        notifier.notify(List.of(e.username()), new Notifier.Draft(NotificationKind.ACCOUNT_NOTICE, null,
                "notification.registrationForExistingIdNumber", List.of(), "account", null));
    }
}
