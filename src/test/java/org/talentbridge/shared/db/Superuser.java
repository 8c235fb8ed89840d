package org.talentbridge.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.context.ApplicationContext;

/**
 * SQL as the embedded server's superuser, for tests that must do what the application role may not (e.g. a trigger on
 * an append-only table to inject a failure): the application itself never connects so.
 */
public final class Superuser {

    private Superuser() {
    }

    public static void execute(ApplicationContext context, String... statements) {
        EmbeddedPostgresServer server = context.getBean(EmbeddedPostgresServer.class);
        try (Connection connection = server.superuserConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
