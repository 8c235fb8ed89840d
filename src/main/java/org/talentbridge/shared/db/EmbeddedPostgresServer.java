package org.talentbridge.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL cluster, started safely:
 * <ul>
 * <li>a server left running on the data directory by a killed application is stopped first ({@link LeftoverPostmaster});
 * <li>every connection needs a password (scram-sha-256 in {@code pg_hba.conf} for local and host lines); the passwords
 *     are generated on the first start and kept in the data directory, owner-only ({@link EmbeddedCredentials});
 * <li>the application connects as {@link EmbeddedPostgresProperties#applicationRole()}: not a superuser, owner of its
 *     schemas and tables, except the tables guarded by triggers, which belong to
 *     {@link EmbeddedPostgresProperties#recordsOwnerRole()} (no login) and on which it has only
 *     SELECT/INSERT/UPDATE/DELETE/REFERENCES: their triggers decide, and it cannot disable, drop or replace them;
 * <li>durable unless {@link EmbeddedPostgresProperties#durable()} is off (tests).
 * </ul>
 * A data directory of the previous version (trust authentication, no passwords, everything owned by the superuser) is
 * upgraded on its first start: passwords set, ownership handed to the application role, {@code pg_hba.conf} rewritten.
 * <p>Longer than 300 lines on purpose: the life of one external process (first start, upgrade, crash restart, stop)
 * whose steps share its state; split, each part would need all of it.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String SUPERUSER = "postgres";
    /** The database the application uses (the one the previous version used too). */
    static final String DATABASE = "postgres";
    static final String PG_HBA_FILE = "pg_hba.conf";
    private static final String SCRAM = "scram-sha-256";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** Schemas of PostgreSQL itself, never touched. */
    private static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

    static final String PG_HBA = """
            # Written by Talent Bridge at every start of its embedded PostgreSQL: every connection needs a password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final EmbeddedPostgres pg;
    private final Path dataDirectory;
    private final EmbeddedCredentials credentials;
    private final String applicationRole;
    private final String recordsOwnerRole;

    private EmbeddedPostgresServer(EmbeddedPostgres pg, Path dataDirectory, EmbeddedCredentials credentials,
            EmbeddedPostgresProperties properties) {
        this.pg = pg;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
        this.applicationRole = properties.applicationRole();
        this.recordsOwnerRole = properties.recordsOwnerRole();
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        requireRoleName("app.embedded-db.application-role", properties.applicationRole());
        requireRoleName("app.embedded-db.records-owner-role", properties.recordsOwnerRole());
        if (properties.applicationRole().equals(properties.recordsOwnerRole()) || properties.applicationRole().equals(SUPERUSER)
                || properties.recordsOwnerRole().equals(SUPERUSER)) {
            throw new IllegalArgumentException("app.embedded-db.application-role and app.embedded-db.records-owner-role"
                    + " must differ from each other and from " + SUPERUSER);
        }
        Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            LeftoverPostmaster.clear(dir, properties.orphanStopTimeout());
            if (properties.clean()) {
                deleteRecursively(dir);
            }
        }
        Files.createDirectories(dir);

        boolean initialised = Files.exists(dir.resolve("postgresql.conf"));
        Optional<EmbeddedCredentials> stored = initialised ? EmbeddedCredentials.load(dir) : Optional.empty();
        boolean previousVersion = initialised && stored.isEmpty();
        if (previousVersion && !trustsConnections(dir)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dir + " requires passwords but "
                    + EmbeddedCredentials.FILE_NAME + " is missing there: restore it from a backup of the data directory");
        }
        EmbeddedCredentials credentials = stored.orElseGet(EmbeddedCredentials::generate);
        if (previousVersion) {
            log.warn("Embedded PostgreSQL in {} was created by an earlier version (no passwords): upgrading it", dir);
        }

        String onOff = properties.durable() ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(properties.startupTimeout())
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("max_connections", "100")
                // zonky passes -F (fsync off) and synchronous_commit=off; these settings come after and win
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("password_encryption", SCRAM)
                .setConnectConfig("password", credentials.superuserPassword())
                .setDataDirectoryCustomizer(d -> {
                    if (!previousVersion) {
                        if (stored.isEmpty()) {
                            credentials.store(dir);
                        }
                        writePgHba(dir);
                    }
                });
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        Path passwordFile = null;
        if (!initialised) {
            // initdb takes the superuser's password from a file (zonky passes these as --auth=... --pwfile=...)
            passwordFile = ownerOnlyTempFile();
            Files.writeString(passwordFile, credentials.superuserPassword(), StandardCharsets.UTF_8);
            builder.setLocaleConfig("auth", SCRAM).setLocaleConfig("pwfile", passwordFile.toString());
        }
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dir, credentials, properties);
        try {
            server.prepareRoles(previousVersion);
            server.lockGuardedTables();
        } catch (RuntimeException | SQLException e) {
            server.close();
            throw new IllegalStateException("cannot prepare the roles of the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {}; the application connects as {}",
                pg.getPort(), dir, properties.applicationRole());
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE;
    }

    int port() {
        return pg.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    String applicationRole() {
        return applicationRole;
    }

    String applicationPassword() {
        return credentials.applicationPassword();
    }

    /** A connection as the superuser: for preparing roles and ownership only, never for the application's work. */
    Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, credentials.superuserPassword());
    }

    /** The application role and the records owner exist with the right attributes; the application owns its objects. */
    private void prepareRoles(boolean previousVersion) throws SQLException {
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            if (previousVersion) {
                s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.superuserPassword()));
            }
            ensureRole(s, applicationRole);
            s.execute("ALTER ROLE " + applicationRole + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " PASSWORD " + literal(credentials.applicationPassword()));
            ensureRole(s, recordsOwnerRole);
            s.execute("ALTER ROLE " + recordsOwnerRole + " NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " PASSWORD NULL");
            s.execute("DO $$ BEGIN IF pg_has_role(" + literal(applicationRole) + ", " + literal(recordsOwnerRole)
                    + ", 'MEMBER') THEN REVOKE " + recordsOwnerRole + " FROM " + applicationRole + "; END IF; END $$");
            s.execute("GRANT CONNECT, TEMPORARY, CREATE ON DATABASE " + DATABASE + " TO " + applicationRole);
            s.execute(handOverSuperusersObjects());
        }
        if (previousVersion) {
            credentials.store(dataDirectory);
            writePgHba(dataDirectory);
            try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_reload_conf()");
            }
            log.warn("Embedded PostgreSQL in {} upgraded: passwords required from now on (kept in {})", dataDirectory,
                    dataDirectory.resolve(EmbeddedCredentials.FILE_NAME));
        }
    }

    /**
     * Every schema outside PostgreSQL's own and everything in it that the superuser owns (all of it in a data
     * directory of the previous version; the {@code public} schema in a new one) goes to the application role.
     */
    private String handOverSuperusersObjects() {
        String app = applicationRole;
        return """
                DO $$
                DECLARE r record;
                BEGIN
                  FOR r IN SELECT n.nspname FROM pg_namespace n WHERE %1$s AND n.nspowner = 'SUPERUSER'::regrole LOOP
                    EXECUTE format('ALTER SCHEMA %%I OWNER TO APP', r.nspname);
                  END LOOP;
                  FOR r IN SELECT c.oid::regclass AS rel, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE %1$s AND c.relowner = 'SUPERUSER'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                             AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO APP', CASE r.relkind WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.rel);
                  END LOOP;
                  FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                           WHERE %1$s AND p.proowner = 'SUPERUSER'::regrole AND p.prokind IN ('f', 'p') LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO APP', r.fn);
                  END LOOP;
                  FOR r IN SELECT t.oid::regtype AS typ, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                           WHERE %1$s AND t.typowner = 'SUPERUSER'::regrole AND t.typtype IN ('e', 'd', 'r', 'm')
                             AND t.typelem = 0 LOOP
                    EXECUTE format('ALTER %%s %%s OWNER TO APP', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.typ);
                  END LOOP;
                END $$
                """.formatted(USER_SCHEMA).replace("SUPERUSER", SUPERUSER).replace("APP", app);
    }

    /**
     * Gives the tables guarded by triggers (and their trigger functions and schemas) to the records owner: the
     * application keeps SELECT, INSERT, UPDATE, DELETE and REFERENCES (its triggers decide what is allowed), and use
     * of their sequences and schemas, but can neither disable nor drop nor replace their triggers, nor truncate.
     */
    void lockGuardedTables() throws SQLException {
        String guarded = "SELECT c.oid FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND " + USER_SCHEMA;
        String sql = """
                DO $$
                DECLARE r record;
                BEGIN
                  FOR r IN SELECT DISTINCT c.oid::regclass AS rel FROM pg_class c WHERE c.oid IN (GUARDED) LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO OWNER_ROLE', r.rel);
                    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, REFERENCES ON TABLE %s TO APP', r.rel);
                  END LOOP;
                  FOR r IN SELECT d.objid::regclass AS seq FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
                           WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                             AND s.relkind = 'S' AND d.deptype IN ('a', 'i') AND d.refobjid IN (GUARDED) LOOP
                    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO APP', r.seq);
                  END LOOP;
                  FOR r IN SELECT DISTINCT p.oid::regprocedure AS fn FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                           JOIN pg_namespace n ON n.oid = p.pronamespace WHERE NOT t.tgisinternal AND USER_SCHEMA LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO OWNER_ROLE', r.fn);
                  END LOOP;
                  FOR r IN SELECT DISTINCT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE c.oid IN (GUARDED) LOOP
                    EXECUTE format('ALTER SCHEMA %I OWNER TO OWNER_ROLE', r.nspname);
                    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO APP', r.nspname);
                  END LOOP;
                END $$
                """.replace("GUARDED", guarded).replace("USER_SCHEMA", USER_SCHEMA)
                .replace("OWNER_ROLE", recordsOwnerRole).replace("APP", applicationRole);
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** For schema migrations only: the application role owns everything again, so migrations may alter any table. */
    void unlockGuardedTables() throws SQLException {
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            s.execute("REASSIGN OWNED BY " + recordsOwnerRole + " TO " + applicationRole);
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            log.error("Could not stop the embedded PostgreSQL in {}", dataDirectory, e);
        }
    }

    private static void ensureRole(Statement s, String role) throws SQLException {
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + literal(role) + ") THEN CREATE ROLE "
                + role + "; END IF; END $$");
    }

    /** Whether pg_hba.conf lets someone in without a password (as the previous version wrote it). */
    private static boolean trustsConnections(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve(PG_HBA_FILE);
        if (!Files.exists(hba)) {
            return false;
        }
        return Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\strust(\\s.*)?$"));
    }

    static void writePgHba(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve(PG_HBA_FILE), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + PG_HBA_FILE + " in " + dataDirectory, e);
        }
    }

    private static void requireRoleName(String property, String value) {
        if (value == null || !ROLE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " must be a PostgreSQL role name of lower-case letters, digits"
                    + " and underscores, starting with a letter or underscore: '" + value + "'");
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static Path ownerOnlyTempFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile("tb-pg-", ".pw", PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY));
        }
        return Files.createTempFile("tb-pg-", ".pw");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
