package org.talentbridge.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL from the working directory when no external database is configured, so that
 * {@code mvn spring-boot:run} or {@code java -jar} on a bare machine just works. Flyway, JPA and Camunda
 * all use the one pooled {@link DataSource} defined here, which connects as the application role (not a superuser;
 * see {@link EmbeddedPostgresServer}), and Spring (not zonky's shutdown hook) stops PostgreSQL after the engine has
 * written its last rows.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnNoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final int POOL_SIZE = 20;

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari") // the pool settings of application.yml, as for an external database
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(server.applicationRole());
        ds.setPassword(server.applicationPassword());
        ds.setPoolName("embedded-postgres");
        ds.setMaximumPoolSize(POOL_SIZE);
        return ds;
    }

    /** Flyway picks up Callback beans: migrations run with the guarded tables unlocked, the app runs with them locked. */
    @Bean
    Callback embeddedPostgresGuardedTables(EmbeddedPostgresServer server) {
        return new GuardedTablesCallback(server);
    }
}
