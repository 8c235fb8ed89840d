package org.talentbridge.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed-in account as a view, read by one SQL statement with its roles, without loading the entity (issue
 * 19.1–19.2: every API request and every transaction that acts for "me" asks for it, and Hibernate's entity load with
 * its role collection was about half of an API token request's own work in the profile). The name as stored is
 * matched first, on its plain unique index (V71); a name in another case falls back to the case-blind match.
 */
@Component
class SignedInAccounts {

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.id_number, a.mobile, a.employer, a.employer_id, a.email,
                   array_remove(array_agg(r.role), NULL) AS roles
            FROM tb.account a LEFT JOIN tb.account_role r ON r.account_id = a.id
            """;

    private final JdbcTemplate jdbc;

    SignedInAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountView> find(String username) {
        List<AccountView> exact = jdbc.query(SELECT + " WHERE a.username = ? GROUP BY a.id", SignedInAccounts::view, username);
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        return jdbc.query(SELECT + " WHERE lower(a.username) = lower(?) GROUP BY a.id", SignedInAccounts::view, username)
                .stream().findFirst();
    }

    private static AccountView view(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array array = rs.getArray("roles");
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        long employerId = rs.getLong("employer_id");
        return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("id_number"), rs.getString("mobile"), rs.getString("employer"), Set.copyOf(roles),
                rs.wasNull() ? null : employerId, rs.getString("email"));
    }
}
