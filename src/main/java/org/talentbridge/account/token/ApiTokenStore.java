package org.talentbridge.account.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.account.Role;

/** The {@code api_token} table (hashes only). */
@Repository
class ApiTokenStore {

    private static final String ROW = """
            select t.id, a.username, t.name, t.created_at, t.created_by, t.expires_at, t.last_used_at, t.revoked_at,
                   t.revoked_by from tb.api_token t join tb.account a on a.id = t.account_id""";

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String hash, Instant createdAt, String createdBy, Instant expiresAt) {
        return jdbc.queryForObject("""
                insert into tb.api_token (account_id, name, token_hash, created_at, created_by, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                accountId, name, hash, Timestamp.from(createdAt), createdBy, Timestamp.from(expiresAt));
    }

    /** One query: the token of this hash if it is not revoked and its account is enabled, with the account's roles. */
    Optional<VerifiedToken> usable(String hash) {
        return jdbc.query("""
                select t.id, t.name, t.expires_at, a.username, string_agg(r.role, ',') as roles
                from tb.api_token t join tb.account a on a.id = t.account_id
                left join tb.account_role r on r.account_id = a.id
                where t.token_hash = ? and t.revoked_at is null and a.enabled
                group by t.id, t.name, t.expires_at, a.username""",
                (rs, n) -> new VerifiedToken(rs.getLong("id"), rs.getString("name"), rs.getString("username"),
                        roles(rs.getString("roles")), rs.getTimestamp("expires_at").toInstant()), hash).stream().findFirst();
    }

    private static Set<Role> roles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (csv != null) {
            Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    void touch(long id, Instant at) {
        jdbc.update("update tb.api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
                Timestamp.from(at), id, Timestamp.from(at));
    }

    boolean revoke(long id, Instant at, String by) {
        return jdbc.update("update tb.api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                Timestamp.from(at), by, id) == 1;
    }

    Optional<ApiTokenRow> find(long id) {
        return jdbc.query(ROW + " where t.id = ?", ApiTokenStore::row, id).stream().findFirst();
    }

    List<ApiTokenRow> page(int offset, int limit) {
        return jdbc.query(ROW + " order by t.id desc offset ? limit ?", ApiTokenStore::row, offset, limit);
    }

    int count() {
        return jdbc.queryForObject("select count(*) from tb.api_token", Integer.class);
    }

    private static ApiTokenRow row(ResultSet rs, int n) throws SQLException {
        return new ApiTokenRow(rs.getLong("id"), rs.getString("username"), rs.getString("name"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
