package org.talentbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.Role;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.integrity.IntegrityEntryRequest;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.audit.AuditLog;

/** The audit trail and the integrity file refuse updates and deletes, even by SQL. */
class AppendOnlyTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AuditLog audit;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private IntegrityFileService integrityFile;

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        tx.executeWithoutResult(s -> audit.record("test.action", "test:append-only", "first"));
        long id = jdbc.queryForObject("select max(id) from tb.audit_event where subject = 'test:append-only'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update tb.audit_event set details = 'changed' where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from tb.audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate tb.audit_event")).isInstanceOf(DataAccessException.class);
        assertThat(audit.history("test:append-only")).extracting(e -> e.getDetails()).containsExactly("first");
    }

    @Test
    void integrityEntriesCannotBeChangedOrDeleted() {
        jdbc.update("insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from, recorded_by)"
                + " values ('110105194912310021', '某人', 'FRAUD', '事实', current_date, 'integrity')");
        assertThatThrownBy(() -> jdbc.update("update tb.integrity_entry set active_until = current_date"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from tb.integrity_entry")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void anEntryRecordedThroughTheServiceCannotBeChangedOrDeletedBehindItsBack() {
        IntegrityEntry entry = as(newAccount("appint", Role.INTEGRITY_OFFICER), () -> integrityFile.record(new IntegrityEntryRequest(
                freshIdNumber(), "某人", IntegrityFinding.FRAUD, "事实", LocalDate.now(), null)));
        assertThatThrownBy(() -> jdbc.update("update tb.integrity_entry set active_until = current_date - 1 where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update tb.integrity_entry set lifts_entry_id = id where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from tb.integrity_entry where id = ?", entry.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate tb.integrity_entry cascade")).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select active_until from tb.integrity_entry where id = ?", LocalDate.class, entry.id()))
                .isEqualTo(entry.activeUntil());
    }
}
