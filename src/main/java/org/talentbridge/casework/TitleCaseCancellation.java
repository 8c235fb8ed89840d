package org.talentbridge.casework;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.ProcessInstanceCancelled;

/**
 * An administrator deleted the process instance of a title case (Cockpit, {@code DELETE
 * /engine-rest/process-instance/{id}}): a running case ends {@link CaseStatus#CANCELLED}, audited with who deleted it,
 * and its applicant is told (the stage change announces it). The case no longer blocks an application in its round,
 * so the applicant can apply again. A case that had already ended (an integrity stop deletes the instances of older
 * process versions itself) is left as it is.
 */
@Component
class TitleCaseCancellation {

    /** The reason the applicant and the timeline read. */
    static final String REASON = "cancelled by an administrator";

    private final TitleCaseRepository cases;
    private final CaseProgress progress;
    private final AuditLog audit;

    TitleCaseCancellation(TitleCaseRepository cases, CaseProgress progress, AuditLog audit) {
        this.cases = cases;
        this.progress = progress;
        this.audit = audit;
    }

    @EventListener(condition = "#event.processDefinitionKey() == '" + TitleApplicationProcess.KEY + "'")
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProcessInstanceCancelled event) {
        Optional<TitleCase> found = cases.findByProcessInstanceId(event.processInstanceId())
                .filter(c -> c.getStatus().isActive());
        if (found.isEmpty()) {
            return;
        }
        TitleCase c = found.get();
        String from = c.getStatus().name();
        // a move in code, not in the model: a deleted instance runs none of its elements
        progress.move(c, CaseStatus.CANCELLED, REASON, null);
        audit.record("case.cancelled", "case:" + c.getCaseNumber(), REASON + " (" + event.deletedBy() + ", was " + from
                + (event.deleteReason() == null || event.deleteReason().isBlank() ? "" : ": " + event.deleteReason()) + ")");
    }
}
