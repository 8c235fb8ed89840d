package org.talentbridge.shared.db;

import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Around Flyway's migrate on the embedded database: the application role owns the guarded tables while migrations run
 * (so a migration may alter the audit trail or the integrity file like any table), and gives them back to the records
 * owner as soon as migrate ends, successfully or not. A start with nothing to migrate changes no owner: the server
 * locked the guarded tables when it started ({@link EmbeddedPostgresServer#start}).
 */
class GuardedTablesCallback implements Callback {

    private final EmbeddedPostgresServer server;
    /** Whether a migration of this migrate unlocked the guarded tables (and so migrate's end must lock them again). */
    private volatile boolean unlocked;

    GuardedTablesCallback(EmbeddedPostgresServer server) {
        this.server = server;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                if (!unlocked) {
                    server.unlockGuardedTables();
                    unlocked = true;
                }
            } else if (unlocked) {
                server.lockGuardedTables();
                unlocked = false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the owner of the guarded tables (" + event + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "embedded-db-guarded-tables";
    }
}
