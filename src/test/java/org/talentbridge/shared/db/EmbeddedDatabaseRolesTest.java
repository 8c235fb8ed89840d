package org.talentbridge.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;

/**
 * Issue 13, item 8: the application connects to its embedded PostgreSQL as a role that is not a superuser, owns its
 * schemas and tables, and cannot get around the triggers of the append-only tables (audit trail, integrity file).
 */
class EmbeddedDatabaseRolesTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theApplicationConnectsAsItsOwnRoleWhichIsNotASuperuser() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("talentbridge");
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls"
                + " from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_auth_members m join pg_roles r on r.oid = m.roleid"
                + " where m.member = (select oid from pg_roles where rolname = current_user)", Integer.class)).isZero();
    }

    @Test
    void theApplicationOwnsItsTablesAndTheEnginesSchema() {
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where schemaname = 'tb' and tablename = 'account'",
                String.class)).isEqualTo("talentbridge");
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'act_ru_task'", String.class))
                .isEqualTo("talentbridge");
        assertThat(jdbc.queryForObject("select nspowner::regrole::text from pg_namespace where nspname = 'public'", String.class))
                .isEqualTo("talentbridge");
    }

    @Test
    void theAppendOnlyTablesAndTheirTriggerFunctionBelongToTheRecordsOwnerWhichCannotSignIn() {
        assertThat(jdbc.queryForList("select tablename::text from pg_tables where schemaname = 'tb' and tableowner = 'talentbridge_records'",
                String.class)).contains("audit_event", "integrity_entry", "panel_draw_member", "certificate", "investigation");
        assertThat(jdbc.queryForObject("select proowner::regrole::text from pg_proc where proname = 'refuse_change'", String.class))
                .isEqualTo("talentbridge_records");
        assertThat(jdbc.queryForObject("select rolcanlogin from pg_roles where rolname = 'talentbridge_records'", Boolean.class))
                .isFalse();
    }

    @Test
    void theApplicationCannotDisableDropOrReplaceTheAppendOnlyTriggers() {
        refused("alter table tb.audit_event disable trigger audit_event_append_only");
        refused("alter table tb.audit_event disable trigger all");
        refused("alter table tb.integrity_entry disable trigger user");
        refused("drop trigger integrity_entry_append_only on tb.integrity_entry");
        refused("create or replace function tb.refuse_change() returns trigger language plpgsql as $$ begin return new; end $$");
        refused("create trigger sneak before update on tb.audit_event for each row execute function tb.refuse_change()");
        refused("alter table tb.audit_event owner to talentbridge");
        refused("alter table tb.audit_event rename to audit_event_old");
        refused("set session_replication_role = replica");
        refused("set role talentbridge_records");
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgrelid = 'tb.audit_event'::regclass"
                + " and not tgisinternal and tgenabled = 'O'", Integer.class)).isEqualTo(2);
    }

    @Test
    void theApplicationCannotDropOrTruncateTheAppendOnlyTablesNorTheirSchema() {
        refused("drop table tb.audit_event");
        refused("drop table tb.integrity_entry cascade");
        refused("drop schema tb cascade");
        refused("truncate tb.audit_event");
        assertThat(jdbc.queryForObject("select to_regclass('tb.audit_event') is not null", Boolean.class)).isTrue();
    }

    @Test
    void theApplicationCannotRunServerProgramsOrReadServerFiles() {
        refused("copy (select 1) to program 'id'");
        refused("copy tb.account from '/etc/passwd'");
        refused("select pg_read_file('postgresql.conf')");
        refused("alter system set fsync = off");
    }

    @Test
    void theApplicationStillRecordsAndReadsItsAppendOnlyRows() {
        jdbc.update("insert into tb.audit_event (actor, action, subject, details) values ('roles-test', 'test.roles', 'test:roles', 'x')");
        assertThat(jdbc.queryForObject("select count(*) from tb.audit_event where subject = 'test:roles'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select id from tb.integrity_entry order by id limit 1 for update", Long.class)).isNotNull();
    }

    private void refused(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class);
    }
}
