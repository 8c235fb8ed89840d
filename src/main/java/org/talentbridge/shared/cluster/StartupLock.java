package org.talentbridge.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start-up work of every node (the engine's groups, the first administrator, the demo data set, the inbox table's
 * check: the {@code ApplicationReadyEvent} listeners, ordered between these two) runs on one node at a time, under
 * PostgreSQL's advisory lock — the lock Flyway takes for its migrations — held on a connection of its own. Two nodes
 * starting at once thus do not both create what is missing: the second waits, then finds it there.
 */
@Component
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Any constant both nodes agree on ("TB-START"). */
    static final long KEY = 0x54422d5354415254L;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("select pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        held = connection;
        log.debug("start-up lock taken");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    synchronized void release() throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } finally {
            held = null;
        }
    }
}
