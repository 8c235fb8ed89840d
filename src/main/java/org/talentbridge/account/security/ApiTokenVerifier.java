package org.talentbridge.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.talentbridge.account.token.ApiTokenClock;
import org.talentbridge.account.token.ApiTokenProperties;
import org.talentbridge.account.token.ApiTokenRevoked;
import org.talentbridge.account.token.ApiTokenService;
import org.talentbridge.account.token.VerifiedToken;

/**
 * Checks a bearer token without a password hash and without a query per request: SHA-256 of the text, then a map of
 * the tokens this node has checked in the last {@code recheck-after} (10 s). After that the token is read again (one
 * query), so a revocation, a disabled account or changed roles reach every node within that bound; the node where a
 * token is revoked forgets it as soon as the revocation commits. Expiry is checked on every request, to the second.
 * The last-used time is written at most once per {@code last-used-interval} (a minute) per token and node.
 */
@Component
public class ApiTokenVerifier {

    /** What a request with a bearer token gets. */
    sealed interface Outcome permits Accepted, Refused, Throttled {
    }

    record Accepted(VerifiedToken token) implements Outcome {
    }

    record Refused() implements Outcome {
    }

    record Throttled(Duration retryAfter) implements Outcome {
    }

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_\\-]{1," + ApiTokenService.MAX_TOKEN_LENGTH + "}");

    private record Checked(VerifiedToken token, Instant checkedAt, AtomicReference<Instant> lastWritten) {
    }

    private final ApiTokenService tokens;
    private final ApiTokenProperties settings;
    private final ApiTokenClock clock;
    private final CredentialRateLimiter limiter;
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();

    ApiTokenVerifier(ApiTokenService tokens, ApiTokenProperties settings, ApiTokenClock clock) {
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
        this.limiter = new CredentialRateLimiter(settings.requestsPerSecond(), settings.cacheSize());
    }

    /** The outcome for this token text (DataAccessException when the token must be read and cannot be). */
    Outcome verify(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return new Refused();
        }
        String hash = ApiTokenService.hash(text);
        Instant now = clock.instant();
        Checked entry = checked.get(hash);
        if (entry == null || !now.isBefore(entry.checkedAt().plus(settings.recheckAfter()))
                || now.isBefore(entry.checkedAt())) {
            entry = reread(hash, entry, now);
            if (entry == null) {
                return new Refused();
            }
        }
        VerifiedToken token = entry.token();
        if (!now.isBefore(token.expiresAt())) {
            return new Refused();
        }
        Optional<Duration> wait = limiter.refusal(token.id(), now);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        Instant written = entry.lastWritten().get();
        if ((written == null || !now.isBefore(written.plus(settings.lastUsedInterval())))
                && entry.lastWritten().compareAndSet(written, now)) {
            tokens.used(token.id(), now);
        }
        return new Accepted(token);
    }

    private Checked reread(String hash, Checked before, Instant now) {
        Optional<VerifiedToken> token = tokens.usable(hash);
        if (token.isEmpty()) {
            checked.remove(hash);
            return null;
        }
        if (checked.size() >= settings.cacheSize()) {
            checked.clear();
        }
        Checked entry = new Checked(token.get(), now, before != null ? before.lastWritten() : new AtomicReference<>());
        checked.put(hash, entry);
        return entry;
    }

    /** A token revoked on this node: forgotten as soon as the revocation commits. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void revoked(ApiTokenRevoked event) {
        checked.values().removeIf(c -> c.token().id() == event.tokenId());
    }
}
