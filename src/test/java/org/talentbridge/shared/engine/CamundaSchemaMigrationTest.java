package org.talentbridge.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;

/** Camunda's tables come from Camunda's own scripts, as Flyway migration 35, and the engine only checks them. */
class CamundaSchemaMigrationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ManagementService management;

    @Test
    void createsTheEngineTablesAsAVersionedMigrationOnAnEmptyDatabase() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select description, type, success from tb.flyway_schema_history where version = '35'");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("description")).isEqualTo("camunda engine schema");
            assertThat(row.get("type")).isEqualTo("JDBC");
            assertThat(row.get("success")).isEqualTo(true);
        });
        // every table of the engine's own scripts, in the schema the engine reads, at the engine's version
        assertThat(management.getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER",
                "ACT_RE_CASE_DEF", "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST");
        assertThat(jdbc.queryForObject("select version_ from public.act_ge_schema_log order by id_ desc limit 1",
                String.class)).isEqualTo("7.24.0");
    }

    @Test
    void leavesADatabaseWhoseEngineTablesAlreadyExistAsItIs() throws Exception {
        // the upgrade path: a database created by an earlier version, whose engine created its own tables
        Integer tables = tableCount();
        Integer schemaLog = jdbc.queryForObject("select count(*) from public.act_ge_schema_log", Integer.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new CamundaSchemaMigration().migrate(context(connection));
            connection.commit();
        }
        assertThat(tableCount()).isEqualTo(tables);
        assertThat(jdbc.queryForObject("select count(*) from public.act_ge_schema_log", Integer.class))
                .isEqualTo(schemaLog);
    }

    @Test
    void readsEveryStatementOfCamundasScripts() {
        List<String> statements = CamundaSchemaMigration.statements("""
                -- a comment
                create table A (ID_ varchar(64),
                    NAME_ varchar(255));
                create index A_IDX on A(NAME_);
                """);
        assertThat(statements).containsExactly("create table A (ID_ varchar(64),\n    NAME_ varchar(255))",
                "create index A_IDX on A(NAME_)");
    }

    private Integer tableCount() {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = 'public' "
                + "and table_name like 'act\\_%'", Integer.class);
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
