package org.talentbridge.account.token;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API tokens for other systems ({@code app.api-tokens}).
 *
 * @param maxValidDays       the longest validity an administrator may give a token, in days
 * @param recheckAfter       how long a node trusts a token it has checked before it reads the token again: the bound on
 *                           how late a revocation (or a disabled account, or changed roles) is seen by the other nodes;
 *                           the node where the token is revoked forgets it at once
 * @param lastUsedInterval   the last-used time is written at most this often per token and node
 * @param cacheSize          the most tokens a node keeps checked in memory (more: it starts over)
 * @param requestsPerSecond  requests one token may make per second on one node; more are answered 429 with Retry-After
 */
@Validated
@ConfigurationProperties("app.api-tokens")
public record ApiTokenProperties(@DefaultValue("366") @Positive int maxValidDays,
                                 @DefaultValue("PT10S") @NotNull Duration recheckAfter,
                                 @DefaultValue("PT1M") @NotNull Duration lastUsedInterval,
                                 @DefaultValue("10000") @Positive int cacheSize,
                                 @DefaultValue("200") @Positive int requestsPerSecond) {
}
