package org.talentbridge.shared.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL that the application starts itself when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory       where the cluster keeps its files across restarts (also its password file)
 * @param port                fixed port, or 0 for a free one chosen at start
 * @param clean               wipe the data directory at start (tests use it)
 * @param durable             fsync and synchronous_commit on: committed data survives a crash of the machine;
 *                            only tests switch it off
 * @param startupTimeout      how long to wait for the server to accept connections (crash recovery included)
 * @param orphanStopTimeout   how long a server left running by a killed application may take to stop cleanly
 * @param applicationRole     the login role the application connects as: owns its schemas, not a superuser
 * @param recordsOwnerRole    the role without login that owns every table guarded by triggers (audit trail,
 *                            integrity file, ...) and their trigger functions, so the application cannot drop
 *                            or disable the triggers
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable,
        @DefaultValue("60s") Duration startupTimeout,
        @DefaultValue("30s") Duration orphanStopTimeout,
        @DefaultValue("talentbridge") String applicationRole,
        @DefaultValue("talentbridge_records") String recordsOwnerRole) {
}
