package org.talentbridge.investigation;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.validation.RequiredText;

/**
 * The accountability list (issue 6): the staff who handled the cases of a confirmed finding, each item followed up
 * once by an integrity officer (audited). Integrity officers and administrators read it.
 */
@Service
public class Accountability {

    private final InvestigationStore store;
    private final AuditLog audit;
    private final InvestigationProperties properties;

    Accountability(InvestigationStore store, AuditLog audit, InvestigationProperties properties) {
        this.store = store;
        this.audit = audit;
        this.properties = properties;
    }

    /** The items of confirmed findings, a page at a time; {@code openOnly}: those not followed up yet. */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountabilityRow> page(boolean openOnly, int offset, int limit) {
        return store.accountability(openOnly, Math.max(0, offset), Math.max(0, limit));
    }

    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER','ADMIN')")
    @Transactional(readOnly = true)
    public int count(boolean openOnly) {
        return store.accountabilityCount(openOnly);
    }

    /** Records the follow-up of one item, once; a second one is a field error on {@code followUp}. */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional
    public void recordFollowUp(long itemId, String followUp) {
        String text = RequiredText.of(followUp, "followUp", properties.maxTextLength());
        if (!store.followUp(itemId, text, AuditLog.currentActor())) {
            throw InvalidInputException.of("followUp", "validation.followUpRecorded");
        }
        audit.record("investigation.followUp", "accountability:" + itemId, text);
    }
}
