package org.talentbridge.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code perSecond} requests per credential in each wall-clock second, on this node (a fixed window: a caller
 * may fit twice the limit into one second across a window's edge). Over the limit: how long until the next second.
 * Holds at most {@code maxCredentials} windows (more: it starts over), so it cannot grow without bound.
 */
final class CredentialRateLimiter {

    private final int perSecond;
    private final int maxCredentials;
    /** Per credential: the second of its window in the high bits, the count in the low 20 bits. */
    private final ConcurrentHashMap<Object, AtomicLong> windows = new ConcurrentHashMap<>();

    private static final int COUNT_BITS = 20;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

    CredentialRateLimiter(int perSecond, int maxCredentials) {
        if (perSecond >= COUNT_MASK) {
            throw new IllegalArgumentException("at most " + (COUNT_MASK - 1) + " requests per second");
        }
        this.perSecond = perSecond;
        this.maxCredentials = maxCredentials;
    }

    /** Empty when the request may go ahead (and counts it); otherwise how long the caller must wait. */
    Optional<Duration> refusal(Object credential, Instant now) {
        long second = now.getEpochSecond();
        if (windows.size() >= maxCredentials && !windows.containsKey(credential)) {
            windows.clear();
        }
        AtomicLong window = windows.computeIfAbsent(credential, c -> new AtomicLong(second << COUNT_BITS));
        long updated = window.updateAndGet(w -> {
            long count = (w >>> COUNT_BITS) == second ? w & COUNT_MASK : 0;
            return (second << COUNT_BITS) | Math.min(count + 1, COUNT_MASK);
        });
        if ((updated & COUNT_MASK) <= perSecond) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, Instant.ofEpochSecond(second + 1)));
    }
}
