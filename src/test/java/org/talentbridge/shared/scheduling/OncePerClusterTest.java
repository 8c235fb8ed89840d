package org.talentbridge.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;

/** Scheduled work runs once however many nodes run: two nodes here are two lock providers on the one database. */
class OncePerClusterTest extends IntegrationTest {

    private static final SchedulingProperties SHORT = new SchedulingProperties(Duration.ofSeconds(30), Duration.ofSeconds(1));

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private OncePerCluster node() {
        return new OncePerCluster(OncePerCluster.lockProvider(dataSource), SHORT);
    }

    @Test
    void twoNodesFiringTheSameJobAtOnceRunItOnce() throws Exception {
        OncePerCluster a = node();
        OncePerCluster b = node();
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable work = () -> {
            runs.incrementAndGet();
            sleep(300);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = pool.invokeAll(List.of(
                    () -> { together.await(); return a.run("test-at-once", work); },
                    () -> { together.await(); return b.run("test-at-once", work); }), 20, TimeUnit.SECONDS);
            assertThat(runs).hasValue(1);
            assertThat(List.of(ran.get(0).get(), ran.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from tb.shedlock where name = 'test-at-once'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aNodeWhoseClockIsBehindDoesNotRunTheSameScheduleAgainButTheNextOneRuns() {
        OncePerCluster a = node();
        OncePerCluster b = node();
        AtomicInteger runs = new AtomicInteger();
        assertThat(a.run("test-at-least", runs::incrementAndGet)).isTrue();
        assertThat(b.run("test-at-least", runs::incrementAndGet)).isFalse();
        sleep(1_300);
        assertThat(b.run("test-at-least", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aJobLockedByANodeThatDiedIsTakenOverWhenItsLockExpires() {
        jdbc.update("insert into tb.shedlock (name, lock_until, locked_at, locked_by) "
                + "values ('test-dead-node', timezone('utc', now()) + interval '1 second', timezone('utc', now()), "
                + "'node-killed-with-kill-9')");
        AtomicInteger runs = new AtomicInteger();
        OncePerCluster survivor = node();
        assertThat(survivor.run("test-dead-node", runs::incrementAndGet)).isFalse();
        sleep(1_300);
        assertThat(survivor.run("test-dead-node", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aJobThatFailsReleasesItsLockForTheNextSchedule() {
        OncePerCluster a = node();
        try {
            a.run("test-failing", () -> { throw new IllegalStateException("the mail server is down"); });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the mail server is down");
        }
        sleep(1_300);
        AtomicInteger runs = new AtomicInteger();
        assertThat(node().run("test-failing", runs::incrementAndGet)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
