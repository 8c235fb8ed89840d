package org.talentbridge.shared.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Camunda's own tables, created by Camunda's own PostgreSQL scripts (shipped in the engine jar), run as a
 * versioned Flyway migration under Flyway's lock — so that two application nodes starting at once against an
 * empty database do not both create them (the engine's {@code schema-update} has no lock: the second node died
 * with ENGINE-03015). The engine itself only checks the schema ({@code camunda.bpm.database.schema-update: false}).
 * A database whose Camunda tables the engine created before this migration existed keeps them: the migration
 * then records itself and changes nothing. See docs/decisions/0001-camunda-schema-and-identity.md.
 */
@Component
public class CamundaSchemaMigration implements JavaMigration {

    /** The schema the engine uses: its connections keep PostgreSQL's default search path. */
    static final String ENGINE_SCHEMA = "public";

    /** In the order the engine creates them itself (DbSqlSession#dbSchemaCreate). */
    static final List<String> SCRIPTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    private static final String SCRIPT_PATH = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("35");
    }

    @Override
    public String getDescription() {
        return "camunda engine schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (engineTablesPresent(statement)) {
                return;
            }
            // Flyway's connection searches schema tb; Camunda's tables go where the engine looks for them.
            statement.execute("set local search_path to " + ENGINE_SCHEMA);
            for (String script : SCRIPTS) {
                for (String sql : statements(read(String.format(SCRIPT_PATH, script)))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static boolean engineTablesPresent(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(
                "select to_regclass('" + ENGINE_SCHEMA + ".act_ge_property') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CamundaSchemaMigration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Camunda's schema script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Camunda's scripts are plain statements ending with a semicolon at the end of a line; comments start with --. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
