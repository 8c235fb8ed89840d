package org.talentbridge.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL that the application starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its files across restarts
 * @param port          fixed port, or 0 for a free one chosen at start
 * @param clean         wipe the data directory at start (tests use it)
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
