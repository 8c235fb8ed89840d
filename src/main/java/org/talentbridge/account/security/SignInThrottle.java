package org.talentbridge.account.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;

/**
 * Brute-force protection shared by every sign-in door. Wrong passwords are recorded in PostgreSQL per account name
 * and client address; {@code max-failures-per-account} of them for one name, or {@code max-failures-per-address}
 * from one address, within {@code window} lock that name or address for {@code lock-duration}. A locked name or
 * address is refused before its password is checked (the right password too). A successful sign-in clears the
 * account's failures. Locks are audited; administrators see and lift them (audited).
 */
@Service
public class SignInThrottle {

    /** What a lock holds back: an account name (as typed, lower case) or a client address. */
    public enum Kind { ACCOUNT, ADDRESS }

    /** A lock in force. */
    public record Lock(Kind kind, String subject, int failures, Instant lockedAt, Instant lockedUntil) {
    }

    private static final int MAX_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final SecurityProperties.SignIn settings;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.settings = properties.signIn();
    }

    /**
     * What the sign-in path needs before a password is checked, in one query: how long until this name from this address
     * may try again (empty when neither is locked), and whether the name has failures to clear after a right password
     * (so a clean sign-in writes nothing).
     */
    public record Check(Optional<Duration> refusal, boolean hasFailures) {
    }

    @Transactional(readOnly = true)
    public Check check(String username, String address) {
        Instant now = clock.instant();
        String name = name(username);
        return jdbc.queryForObject("""
                select (select max(locked_until) from tb.sign_in_lock where locked_until > ?
                        and ((kind = 'ACCOUNT' and subject = ?) or (kind = 'ADDRESS' and subject = ?))) as until,
                       exists (select 1 from tb.sign_in_failure where username = ?) as failures""",
                (rs, n) -> {
                    Timestamp until = rs.getTimestamp("until");
                    return new Check(until == null ? Optional.empty() : Optional.of(Duration.between(now, until.toInstant())),
                            rs.getBoolean("failures"));
                }, Timestamp.from(now), name, address(address), name);
    }

    /** How long until this name from this address may try again; empty when neither is locked. */
    @Transactional(readOnly = true)
    public Optional<Duration> refusal(String username, String address) {
        return refusal(username, address, clock.instant());
    }

    @Transactional(readOnly = true)
    Optional<Duration> refusal(String username, String address, Instant now) {
        Timestamp until = jdbc.queryForObject("""
                select max(locked_until) from tb.sign_in_lock where locked_until > ?
                and ((kind = 'ACCOUNT' and subject = ?) or (kind = 'ADDRESS' and subject = ?))""",
                Timestamp.class, Timestamp.from(now), name(username), address(address));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until.toInstant()));
    }

    /** Records a wrong password; locks the name or the address when this failure reaches its limit. */
    @Transactional
    public void failed(String username, String address) {
        failed(username, address, clock.instant());
    }

    @Transactional
    void failed(String username, String address, Instant now) {
        String name = name(username);
        String from = address(address);
        // one node at a time per name: two nodes cannot both count one short of the limit
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "sign-in:" + name);
        Instant since = now.minus(settings.window());
        jdbc.update("delete from tb.sign_in_failure where failed_at <= ?", Timestamp.from(since));
        jdbc.update("insert into tb.sign_in_failure (username, client_address, failed_at) values (?, ?, ?)",
                name, from, Timestamp.from(now));
        int byName = failuresSince(Kind.ACCOUNT, "username", name, since);
        if (byName >= settings.maxFailuresPerAccount()) {
            lock(Kind.ACCOUNT, name, byName, now, "address=" + from);
        }
        int byAddress = failuresSince(Kind.ADDRESS, "client_address", from, since);
        if (byAddress >= settings.maxFailuresPerAddress()) {
            lock(Kind.ADDRESS, from, byAddress, now, "lastAccount=" + name);
        }
    }

    /** A successful sign-in: the account's failures no longer count. */
    @Transactional
    public void succeeded(String username) {
        jdbc.update("delete from tb.sign_in_failure where username = ?", name(username));
    }

    /** Failures of one name or address in the window, after the end of its last lock (those before it were paid for). */
    private int failuresSince(Kind kind, String column, String subject, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from tb.sign_in_failure where " + column + " = ? and failed_at > "
                        + "greatest(?, coalesce((select locked_until from tb.sign_in_lock where kind = ? and subject = ?), '-infinity'))",
                Integer.class, subject, Timestamp.from(since), kind.name(), subject);
        return n == null ? 0 : n;
    }

    private void lock(Kind kind, String subject, int failures, Instant now, String details) {
        Instant until = now.plus(settings.lockDuration());
        List<String> made = jdbc.queryForList("""
                insert into tb.sign_in_lock (kind, subject, failures, locked_at, locked_until) values (?, ?, ?, ?, ?)
                on conflict (kind, subject) do update set failures = excluded.failures, locked_at = excluded.locked_at,
                    locked_until = excluded.locked_until
                where tb.sign_in_lock.locked_until <= excluded.locked_at
                returning kind""", String.class, kind.name(), subject, failures, Timestamp.from(now), Timestamp.from(until));
        if (!made.isEmpty()) {
            audit.record("signin.locked", subjectOf(kind, subject), "failures=" + failures + " until=" + until + " " + details);
        }
    }

    /** The locks in force, the latest ending first (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Lock> locks() {
        return jdbc.query("select kind, subject, failures, locked_at, locked_until from tb.sign_in_lock "
                        + "where locked_until > ? order by locked_until desc, subject",
                (rs, i) -> new Lock(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
                Timestamp.from(clock.instant()));
    }

    /** Lifts a lock and forgets the failures that led to it (administrators; audited). False: it was not locked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean unlock(Kind kind, String subject) {
        String key = kind == Kind.ACCOUNT ? name(subject) : address(subject);
        int lifted = jdbc.update("delete from tb.sign_in_lock where kind = ? and subject = ? and locked_until > ?",
                kind.name(), key, Timestamp.from(clock.instant()));
        jdbc.update("delete from tb.sign_in_failure where " + (kind == Kind.ACCOUNT ? "username" : "client_address") + " = ?", key);
        if (lifted > 0) {
            audit.record("signin.unlocked", subjectOf(kind, key), "by administrator");
        }
        return lifted > 0;
    }

    static String subjectOf(Kind kind, String subject) {
        return (kind == Kind.ACCOUNT ? "account:" : "address:") + subject;
    }

    private static String name(String username) {
        // PostgreSQL text holds no NUL: a name typed with one (never an account's) is counted with U+FFFD in its place
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
        return n.length() > MAX_LENGTH ? n.substring(0, MAX_LENGTH) : n;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip().replace('\u0000', '\uFFFD');
        return a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
    }
}
