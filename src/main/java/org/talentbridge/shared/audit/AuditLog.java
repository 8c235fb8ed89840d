package org.talentbridge.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail inside the caller's transaction: an action that rolls back leaves no line. */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String details) {
        events.save(new AuditEvent(OffsetDateTime.now(clock), currentActor(), action, subject, details, currentCredential()));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String subject) {
        return events.findBySubjectOrderByOccurredAtAsc(subject);
    }

    /** The credential acting now when it is not a password or session (an API token, {@link AttributedCredential}). */
    public static String currentCredential() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AttributedCredential c ? c.credential() : null;
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }
}
