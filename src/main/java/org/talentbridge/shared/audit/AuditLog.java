package org.talentbridge.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit trail inside the caller's transaction: an action that rolls back leaves no line. The lines of one
 * transaction are written together, as one JDBC batch just before it commits (issue 19.2: a submission wrote three
 * lines, each an INSERT of its own through Hibernate); a line recorded after that point in a transaction that has
 * recorded before (by another synchronisation of the commit) is written at once. Reading a subject's history in the
 * transaction writes its pending lines first. The database still numbers the lines as they are written, in order.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private static final String INSERT = "INSERT INTO tb.audit_event (occurred_at, actor, action, subject, details, credential)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String details) {
        AuditEvent line = new AuditEvent(OffsetDateTime.now(clock), currentActor(), action, subject, details, currentCredential());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(line));
            return;
        }
        Pending pending = pendingOfThisTransaction();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(line);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String subject) {
        Pending pending = pendingOfThisTransaction();
        if (pending != null) {
            pending.writeNow();
        }
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

    /** This transaction's pending lines (suspended transactions' synchronisations are not in the list). */
    private Pending pendingOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner() == this) {
                return p;
            }
        }
        return null;
    }

    private void write(List<AuditEvent> lines) {
        jdbc.batchUpdate(INSERT, lines, lines.size(), (ps, e) -> {
            ps.setObject(1, e.getOccurredAt());
            ps.setString(2, e.getActor());
            ps.setString(3, e.getAction());
            ps.setString(4, e.getSubject());
            ps.setString(5, e.getDetails());
            ps.setString(6, e.getCredential());
        });
    }

    /** The lines of one transaction, written before it commits; after that, each line at once. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditEvent> lines = new ArrayList<>();
        private boolean committing;

        AuditLog owner() {
            return AuditLog.this;
        }

        void add(AuditEvent line) {
            lines.add(line);
            if (committing) {
                writeNow();
            }
        }

        void writeNow() {
            if (!lines.isEmpty()) {
                write(List.copyOf(lines));
                lines.clear();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            writeNow();
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after the other synchronisations' own work, which may record lines
        }
    }
}
