package org.talentbridge.account.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * API tokens for other systems (issue 19 item 1). A token is {@code tb_} and 256 random bits (base64url); only its
 * SHA-256 is stored. It acts as its account, with the account's roles; it expires {@code validDays} days after issuing,
 * to the second; an administrator lists and revokes tokens. Issuing and revoking are audited on the account.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "tb_";
    /** The longest text accepted as a token before hashing (a real one has 46 characters). */
    public static final int MAX_TOKEN_LENGTH = 100;
    private static final int RANDOM_BYTES = 32;
    private static final int MAX_PAGE = 200;

    private final ApiTokenStore store;
    private final AccountService accounts;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ApiTokenProperties properties;
    private final ApiTokenClock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenStore store, AccountService accounts, InputValidator validator, AuditLog audit,
                    ApplicationEventPublisher events, ApiTokenProperties properties, ApiTokenClock clock) {
        this.store = store;
        this.accounts = accounts;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a token; its text is in the answer and nowhere else. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedApiToken issue(ApiTokenRequest request) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        if (request.validDays() != null && (request.validDays() < 1 || request.validDays() > properties.maxValidDays())) {
            problems.add(new FieldProblem("validDays", "validation.between", 1, properties.maxValidDays()));
        }
        Optional<AccountView> account = request.account() == null || request.account().isBlank() ? Optional.empty()
                : accounts.findByUsername(request.account().strip());
        if (request.account() != null && !request.account().isBlank() && account.isEmpty()) {
            problems.add(new FieldProblem("account", "apiToken.unknownAccount"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(Duration.ofDays(request.validDays()));
        String name = request.name().strip();
        long id = store.insert(account.get().id(), name, hash(token), now, AuditLog.currentActor(), expiresAt);
        audit.record("apiToken.issued", "account:" + account.get().username().toLowerCase(),
                "token " + id + " \"" + name + "\", expires " + expiresAt);
        return new IssuedApiToken(id, token, account.get().username(), name, expiresAt);
    }

    /**
     * Revokes a token (at once on this node, within {@code recheck-after} on the others); false when it was already;
     * NoSuchElementException when there is no such token.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean revoke(long id) {
        ApiTokenRow row = store.find(id).orElseThrow(() -> new NoSuchElementException("no api token " + id));
        if (!store.revoke(id, clock.instant(), AuditLog.currentActor())) {
            return false;
        }
        audit.record("apiToken.revoked", "account:" + row.account().toLowerCase(), "token " + id + " \"" + row.name() + "\"");
        events.publishEvent(new ApiTokenRevoked(id));
        return true;
    }

    /** Every token, newest first ({@code limit} 1–200). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> page(int offset, int limit) {
        return store.page(Math.max(0, offset), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return store.count();
    }

    /** Whether the token of this row is usable now (not revoked, not expired). */
    public boolean usable(ApiTokenRow row) {
        return row.usable(clock.instant());
    }

    /** For the sign-in filter, before anybody is signed in: the usable token of this hash (one query). */
    @Transactional(readOnly = true)
    public Optional<VerifiedToken> usable(String hash) {
        return store.usable(hash);
    }

    /** For the sign-in filter: records a use (the filter calls it at most once per {@code last-used-interval}). */
    @Transactional
    public void used(long id, Instant at) {
        store.touch(id, at);
    }

    /** The stored form of a token: SHA-256, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
