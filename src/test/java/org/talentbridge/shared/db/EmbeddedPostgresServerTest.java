package org.talentbridge.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 8 and 9, on the embedded server alone (no Spring context): passwords everywhere, the previous
 * version's data directory upgraded, durability on by default, a stale {@code postmaster.pid} no obstacle.
 */
class EmbeddedPostgresServerTest {

    @Test
    void aNewServerRequiresAPasswordForEveryConnectionAndKeepsThePasswordsOwnerOnly() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-new");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir))) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE_NAME)))
                    .isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            assertThat(Files.readString(dir.resolve(EmbeddedPostgresServer.PG_HBA_FILE))).doesNotContain("trust");
            try (Connection c = server.superuserConnection(); Statement s = c.createStatement()) {
                assertThat(strings(s, "select distinct auth_method from pg_hba_file_rules")).containsExactly("scram-sha-256");
                assertThat(strings(s, "select distinct type from pg_hba_file_rules")).containsExactlyInAnyOrder("local", "host");
                assertThat(strings(s, "select rolname from pg_authid where rolcanlogin and rolpassword is null")).isEmpty();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres").close())
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "talentbridge", "wrong").close())
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "talentbridge_records", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "talentbridge", server.applicationPassword());
                 Statement s = c.createStatement()) {
                assertThat(strings(s, "select rolsuper::text from pg_roles where rolname = current_user")).containsExactly("false");
            }
        }
    }

    @Test
    void theServerIsDurableByDefault() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-durable");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir));
             Connection c = server.superuserConnection(); Statement s = c.createStatement()) {
            assertThat(strings(s, "show fsync")).containsExactly("on");
            assertThat(strings(s, "show synchronous_commit")).containsExactly("on");
            assertThat(strings(s, "show full_page_writes")).containsExactly("on");
        }
    }

    @Test
    void aDataDirectoryOfThePreviousVersionIsUpgradedKeepingItsDataAndGuardingItsAppendOnlyTables() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-previous");
        // the previous version: zonky's defaults, trust authentication, everything owned by the superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema tb");
            s.execute("create table tb.audit_event (id bigserial primary key, details text)");
            s.execute("create table tb.account (id bigserial primary key, username text)");
            s.execute("create function tb.refuse_change() returns trigger language plpgsql as $$ begin"
                    + " raise exception '% is append-only', tg_table_name; end $$");
            s.execute("create trigger audit_event_append_only before update or delete on tb.audit_event"
                    + " for each row execute function tb.refuse_change()");
            s.execute("insert into tb.audit_event (details) values ('before the upgrade')");
            s.execute("insert into tb.account (username) values ('wanghan')");
        }
        assertThat(dir.resolve(EmbeddedCredentials.FILE_NAME)).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir))) {
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE_NAME)))
                    .isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "talentbridge", server.applicationPassword());
                 Statement s = c.createStatement()) {
                assertThat(strings(s, "select details from tb.audit_event")).containsExactly("before the upgrade");
                assertThat(strings(s, "select tableowner::text from pg_tables where tablename = 'account'")).containsExactly("talentbridge");
                assertThat(strings(s, "select tableowner::text from pg_tables where tablename = 'audit_event'"))
                        .containsExactly("talentbridge_records");
                s.execute("insert into tb.audit_event (details) values ('after the upgrade')");
                s.execute("update tb.account set username = 'lihua'");
                assertThatThrownBy(() -> s.execute("alter table tb.audit_event disable trigger all")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("delete from tb.audit_event")).hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void aStalePidFileNamingAnotherLiveProgramDoesNotPreventTheStart() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-stale-pid");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir));
             Connection c = server.superuserConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        // a postmaster.pid naming a live process that is not a postgres (this JVM), as after a reboot that reused the pid
        Files.writeString(dir.resolve(LeftoverPostmaster.PID_FILE), ProcessHandle.current().pid() + "\n" + dir + "\n",
                StandardCharsets.UTF_8);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir));
             Connection c = server.superuserConnection(); Statement s = c.createStatement()) {
            assertThat(strings(s, "select v from kept")).containsExactly("still here");
        }
    }

    @Test
    void aDataDirectoryThatLostItsPasswordFileIsRefusedAtOnceWithAMessageNamingTheFile() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-lost-password");
        EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir)).close();
        Files.delete(dir.resolve(EmbeddedCredentials.FILE_NAME));
        long started = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(EmbeddedCredentials.FILE_NAME)
                .hasMessageContaining("restore");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(EmbeddedServers.defaults(dir).startupTimeout());
        assertThat(dir.resolve(LeftoverPostmaster.PID_FILE)).doesNotExist();
    }

    static java.util.List<String> strings(Statement s, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
