package org.talentbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;

/**
 * The audit trail writes a transaction's lines together as it commits (issue 19.2) and keeps what an auditor relies
 * on: every line of a committed transaction, in the order recorded; none of a rolled-back one; a transaction of its
 * own inside another commits its lines whatever the outer one does; the transaction sees its own lines in a history.
 */
class AuditLogTest extends IntegrationTest {

    @Autowired
    private AuditLog audit;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private static String subject() {
        return "test:audit-" + UUID.randomUUID();
    }

    private List<String> committed(String subject) {
        return jdbc.queryForList("select details from tb.audit_event where subject = ? order by id", String.class, subject);
    }

    @Test
    void theLinesOfACommittedTransactionAreAllThereInTheOrderRecorded() {
        String subject = subject();
        List<String> seenInside = tx.execute(s -> {
            audit.record("test.one", subject, "first");
            audit.record("test.two", subject, "second");
            audit.record("test.three", subject, "third");
            return audit.history(subject).stream().map(AuditEvent::getDetails).toList();
        });
        assertThat(seenInside).as("the transaction's own history").containsExactly("first", "second", "third");
        assertThat(committed(subject)).containsExactly("first", "second", "third");
        assertThat(jdbc.queryForList("select actor from tb.audit_event where subject = ?", String.class, subject))
                .containsOnly(AuditLog.SYSTEM);
    }

    @Test
    void aRolledBackTransactionLeavesNoLineAndAnInnerTransactionKeepsItsOwn() {
        String subject = subject();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(s -> {
            audit.record("test.outer", subject, "outer before");
            inner.executeWithoutResult(i -> audit.record("test.inner", subject, "inner"));
            audit.record("test.outer", subject, "outer after");
            s.setRollbackOnly();
        });
        assertThat(committed(subject)).containsExactly("inner");
    }

    @Test
    void linesAfterAHistoryReadAreWrittenToo() {
        String subject = subject();
        tx.executeWithoutResult(s -> {
            audit.record("test.one", subject, "before the read");
            assertThat(audit.history(subject)).hasSize(1);
            audit.record("test.two", subject, "after the read");
        });
        assertThat(committed(subject)).containsExactly("before the read", "after the read");
    }
}
