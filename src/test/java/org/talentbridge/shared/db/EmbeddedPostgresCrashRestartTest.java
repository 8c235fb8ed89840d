package org.talentbridge.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 10: the application is killed with {@code kill -9} while it writes; its PostgreSQL survives as an
 * orphan; the next start with the defaults stops the orphan cleanly, starts its own server and finds every row that
 * was committed before the kill.
 */
class EmbeddedPostgresCrashRestartTest {

    private static final int ROWS_BEFORE_KILL = 100;
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(90);
    private static final String COMMITTED = "committed ";

    @Test
    void afterKill9MidLoadTheNextStartWithTheDefaultsStopsTheOrphanAndFindsEveryCommittedRow() throws Exception {
        Path dir = EmbeddedServers.freshDirectory("embedded-pg-crash");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), Loader.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
            String line;
            while (committed < ROWS_BEFORE_KILL && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith(COMMITTED)) {
                    committed = Long.parseLong(line.substring(COMMITTED.length()).trim());
                }
            }
            assertThat(committed).as("rows the child committed").isGreaterThanOrEqualTo(ROWS_BEFORE_KILL);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring close, the postmaster is left running
            assertThat(child.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        long orphanPid = LeftoverPostmaster.readPid(dir.resolve(LeftoverPostmaster.PID_FILE)).orElseThrow();
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).as("the orphaned postmaster").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(dir));
             Connection c = DriverManager.getConnection(server.jdbcUrl(), server.applicationRole(), server.applicationPassword());
             Statement s = c.createStatement()) {
            assertThat(orphan.isAlive()).as("the orphaned postmaster after the restart").isFalse();
            assertThat(LeftoverPostmaster.readPid(dir.resolve(LeftoverPostmaster.PID_FILE))).isNotEqualTo(Optional.of(orphanPid));
            List<String> count = EmbeddedPostgresServerTest.strings(s, "select count(*) from crash_load");
            assertThat(Long.parseLong(count.get(0))).isGreaterThanOrEqualTo(committed);
            assertThat(EmbeddedPostgresServerTest.strings(s, "select count(*) from crash_load where n <= " + committed))
                    .containsExactly(Long.toString(committed));
        }
        assertThat(Files.exists(dir.resolve(LeftoverPostmaster.PID_FILE))).as("stopped cleanly").isFalse();
    }

    /** The child JVM: the embedded server with the defaults, then inserts (one commit each) until it is killed. */
    public static final class Loader {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedServers.defaults(Path.of(args[0])));
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.applicationRole(), server.applicationPassword());
                 Statement s = c.createStatement()) {
                s.execute("create table crash_load (n bigint primary key, at timestamptz not null default now())");
                for (long n = 1; ; n++) {
                    s.execute("insert into crash_load (n) values (" + n + ")");
                    System.out.println(COMMITTED + n);
                    System.out.flush();
                }
            }
        }
    }
}
