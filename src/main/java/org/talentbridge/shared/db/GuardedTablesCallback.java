package org.talentbridge.shared.db;

import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Around Flyway's migrate on the embedded database: the application role owns the guarded tables while migrations run
 * (so a migration may alter the audit trail or the integrity file like any table), and gives them back to the records
 * owner as soon as migrate ends, successfully or not.
 */
class GuardedTablesCallback implements Callback {

    private final EmbeddedPostgresServer server;

    GuardedTablesCallback(EmbeddedPostgresServer server) {
        this.server = server;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (event == Event.BEFORE_MIGRATE) {
                server.unlockGuardedTables();
            } else {
                server.lockGuardedTables();
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
