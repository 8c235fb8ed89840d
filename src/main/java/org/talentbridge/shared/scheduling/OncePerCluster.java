package org.talentbridge.shared.scheduling;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that runs once however many application nodes run: each run takes ShedLock's row of its name in
 * {@code tb.shedlock} (database time, so the nodes' clocks do not matter); a node that finds it taken skips that run.
 * Work that belongs to a process uses the engine's timers and job executor instead.
 */
@Component
@EnableConfigurationProperties(SchedulingProperties.class)
public class OncePerCluster {

    private static final Logger log = LoggerFactory.getLogger(OncePerCluster.class);

    private final LockingTaskExecutor executor;
    private final SchedulingProperties properties;
    private final Clock clock = Clock.systemUTC();

    @Autowired
    OncePerCluster(DataSource dataSource, SchedulingProperties properties) {
        this(lockProvider(dataSource), properties);
    }

    OncePerCluster(LockProvider lockProvider, SchedulingProperties properties) {
        this.executor = new DefaultLockingTaskExecutor(lockProvider);
        this.properties = properties;
    }

    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("tb.shedlock")
                .usingDbTime()
                .build());
    }

    /** {@code work} wrapped so that of all nodes only one runs it at a time, and one run per schedule. */
    public Runnable wrap(String name, Runnable work) {
        return () -> run(name, work);
    }

    /** Runs {@code work} unless another node holds its lock; true when it ran here. */
    public boolean run(String name, Runnable work) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), name, properties.lockAtMostFor(), properties.lockAtLeastFor()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            log.info("scheduled work {} skipped: another node holds its lock", name);
        }
        return result.wasExecuted();
    }
}
